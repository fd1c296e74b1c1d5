using System.Net;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;

namespace KarmayogiBot.Protocol.Connector;

/// <summary>
/// The connector's retry policy: 429 waits for Retry-After (seconds or a date) when present; 412, 429 without
/// Retry-After, 502, 503, 504 and network errors back off exponentially with jitter; everything else
/// (401, 403, 404...) is returned at once.
/// </summary>
internal static class ConnectorResilience
{
    public static ResiliencePipeline<HttpResponseMessage> Create(BotOptions options, TimeProvider timeProvider, ILogger logger)
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = timeProvider };
        if (options.MaxRetryAttempts > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = options.MaxRetryAttempts,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                MaxDelay = options.MaxRetryDelay,
                ShouldHandle = args => ValueTask.FromResult(args.Outcome switch
                {
                    { Exception: HttpRequestException } => true,
                    { Result: { } response } => IsTransient(response.StatusCode),
                    _ => false,
                }),
                DelayGenerator = args => ValueTask.FromResult(
                    args.Outcome.Result is { StatusCode: HttpStatusCode.TooManyRequests } response
                        ? RetryAfter(response, timeProvider, options.MaxRetryDelay)
                        : null),
                OnRetry = args =>
                {
                    logger.LogWarning(
                        "Connector request answered {StatusCode}; retry {RetryAttempt} in {RetryDelayMs} ms",
                        args.Outcome.Result is { } response ? (int)response.StatusCode : 0,
                        args.AttemptNumber + 1,
                        (long)args.RetryDelay.TotalMilliseconds);
                    return ValueTask.CompletedTask;
                },
            });
        }

        return builder.Build();
    }

    internal static bool IsTransient(HttpStatusCode statusCode) => statusCode
        is HttpStatusCode.PreconditionFailed
        or HttpStatusCode.TooManyRequests
        or HttpStatusCode.BadGateway
        or HttpStatusCode.ServiceUnavailable
        or HttpStatusCode.GatewayTimeout;

    /// <summary>The wait a 429's Retry-After asks for (delta seconds or an HTTP date), capped at <paramref name="max"/>; null without one.</summary>
    internal static TimeSpan? RetryAfter(HttpResponseMessage response, TimeProvider timeProvider, TimeSpan max)
    {
        var header = response.Headers.RetryAfter;
        TimeSpan? wait = header switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - timeProvider.GetUtcNow(),
            _ => null,
        };
        if (wait is null)
        {
            return null;
        }

        return wait.Value < TimeSpan.Zero ? TimeSpan.Zero : wait.Value > max ? max : wait.Value;
    }
}
