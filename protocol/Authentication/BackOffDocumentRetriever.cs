using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Protocols;

namespace KarmayogiBot.Protocol.Authentication;

/// <summary>
/// Fetches OpenID metadata and JWKS documents through another retriever, and remembers a failure: after an address
/// fails, requests for it fail at once, without a fetch, until its back-off has passed (5 seconds, doubling to 5
/// minutes while it keeps failing; a success resets it). So forged or replayed tokens arriving while the metadata is
/// unreachable cost no fetch each, and the failure is logged once per back-off, not once per request.
/// </summary>
internal sealed class BackOffDocumentRetriever(IDocumentRetriever inner, TimeProvider timeProvider, ILogger logger) : IDocumentRetriever
{
    internal static readonly TimeSpan FirstBackOff = TimeSpan.FromSeconds(5);
    internal static readonly TimeSpan MaximumBackOff = TimeSpan.FromMinutes(5);

    private readonly ConcurrentDictionary<string, Failure> failures = new(StringComparer.Ordinal);

    public async Task<string> GetDocumentAsync(string address, CancellationToken cancel)
    {
        var now = timeProvider.GetUtcNow();
        if (failures.TryGetValue(address, out var failure) && now < failure.RetryAt)
        {
            throw new IOException($"The document at {address} could not be retrieved lately; the next attempt is at {failure.RetryAt:u}.", failure.Error);
        }

        try
        {
            var document = await inner.GetDocumentAsync(address, cancel).ConfigureAwait(false);
            if (failures.TryRemove(address, out _))
            {
                logger.LogInformation("The document at {Address} is reachable again", address);
            }

            return document;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancel.IsCancellationRequested)
        {
            var backOff = failure is null ? FirstBackOff : TimeSpan.FromTicks(Math.Min(failure.BackOff.Ticks * 2, MaximumBackOff.Ticks));
            failures[address] = new Failure(now + backOff, backOff, ex);
            logger.LogWarning("Could not retrieve {Address} ({Reason}); tokens that need it are answered 503 for the next {BackOffSeconds} s",
                address, ex.Message, (int)backOff.TotalSeconds);
            throw;
        }
    }

    private sealed record Failure(DateTimeOffset RetryAt, TimeSpan BackOff, Exception Error);
}
