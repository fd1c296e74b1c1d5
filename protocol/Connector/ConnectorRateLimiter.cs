using System.Net;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace KarmayogiBot.Protocol.Connector;

/// <summary>
/// Keeps connector traffic under Teams' limits: <see cref="BotOptions.ConversationRequestsPerSecond"/> to one
/// conversation and <see cref="BotOptions.AppRequestsPerSecond"/> in all. Callers over the limit wait in a queue
/// (oldest first); past <see cref="BotOptions.RateLimitQueueLimit"/> waiting callers a request fails with 429
/// <see cref="ConnectorErrorCodes.ClientRateLimited"/>. One instance per process, shared by all connector clients.
/// </summary>
public sealed class ConnectorRateLimiter : IDisposable
{
    private const string AppPartition = "app";

    private readonly PartitionedRateLimiter<string> perApp;
    private readonly PartitionedRateLimiter<string> perConversation;
    private readonly PartitionedRateLimiter<string> chained;

    public ConnectorRateLimiter(IOptions<BotOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Value;
        var appRate = settings.AppRequestsPerSecond;
        var conversationRate = settings.ConversationRequestsPerSecond;
        var queueLimit = Math.Max(0, settings.RateLimitQueueLimit);

        perApp = PartitionedRateLimiter.Create<string, string>(_ => appRate > 0
            ? RateLimitPartition.GetTokenBucketLimiter(AppPartition, _ => Bucket(appRate, queueLimit))
            : RateLimitPartition.GetNoLimiter(AppPartition));
        perConversation = PartitionedRateLimiter.Create<string, string>(conversationId =>
            conversationRate > 0 && conversationId.Length > 0
                ? RateLimitPartition.GetTokenBucketLimiter(conversationId, _ => Bucket(conversationRate, queueLimit))
                : RateLimitPartition.GetNoLimiter(string.Empty));
        chained = PartitionedRateLimiter.CreateChained(perConversation, perApp);
    }

    /// <summary>Waits for a permit to send one request (to <paramref name="conversationId"/> when given); dispose the lease after the request.</summary>
    /// <exception cref="ConnectorException">429 <see cref="ConnectorErrorCodes.ClientRateLimited"/>: too many requests already waiting.</exception>
    public async ValueTask<IDisposable> AcquireAsync(string? conversationId, CancellationToken cancellationToken = default)
    {
        var lease = await chained.AcquireAsync(conversationId ?? string.Empty, 1, cancellationToken).ConfigureAwait(false);
        if (lease.IsAcquired)
        {
            return lease;
        }

        lease.Dispose();
        throw new ConnectorException(
            "RateLimit", HttpStatusCode.TooManyRequests, ConnectorErrorCodes.ClientRateLimited,
            "Too many connector requests are waiting for the rate limit.");
    }

    public void Dispose()
    {
        chained.Dispose();
        perConversation.Dispose();
        perApp.Dispose();
    }

    private static TokenBucketRateLimiterOptions Bucket(int perSecond, int queueLimit) => new()
    {
        TokenLimit = perSecond,
        TokensPerPeriod = 1,
        ReplenishmentPeriod = TimeSpan.FromTicks(TimeSpan.TicksPerSecond / perSecond),
        QueueLimit = queueLimit,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        AutoReplenishment = true,
    };
}
