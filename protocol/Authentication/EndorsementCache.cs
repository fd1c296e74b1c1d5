using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace KarmayogiBot.Protocol.Authentication;

/// <summary>
/// The <c>endorsements</c> of each signing key, read from the raw JWKS document (the configuration manager keeps
/// only the keys). A snapshot is tied to the <see cref="OpenIdConnectConfiguration"/> it was read for, so it is
/// re-read whenever the configuration manager refreshes its keys, and at most every few minutes for an unknown kid.
/// </summary>
internal sealed class EndorsementCache(IDocumentRetriever documents, TimeProvider timeProvider)
{
    private static readonly TimeSpan MinimumRefetchInterval = TimeSpan.FromMinutes(5);

    private readonly ConcurrentDictionary<string, Snapshot> snapshots = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim gate = new(1, 1);

    /// <summary>The channels the key <paramref name="keyId"/> is endorsed for, or null when the key is unknown.</summary>
    public async Task<IReadOnlySet<string>?> GetEndorsementsAsync(
        OpenIdConnectConfiguration configuration, string? keyId, CancellationToken cancellationToken)
    {
        var jwksUri = configuration.JwksUri;
        if (string.IsNullOrEmpty(keyId) || string.IsNullOrEmpty(jwksUri))
        {
            return null;
        }

        if (TryAnswer(jwksUri, configuration, keyId, out var answer))
        {
            return answer;
        }

        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (TryAnswer(jwksUri, configuration, keyId, out answer))
            {
                return answer;
            }

            var json = await documents.GetDocumentAsync(jwksUri, cancellationToken).ConfigureAwait(false);
            var snapshot = new Snapshot(configuration, Parse(json), timeProvider.GetUtcNow());
            snapshots[jwksUri] = snapshot;
            return snapshot.ByKeyId.GetValueOrDefault(keyId);
        }
        finally
        {
            gate.Release();
        }
    }

    internal static Dictionary<string, IReadOnlySet<string>> Parse(string json)
    {
        var result = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        using var document = JsonDocument.Parse(json);
        if (document.RootElement.ValueKind != JsonValueKind.Object
            || !document.RootElement.TryGetProperty("keys", out var keys)
            || keys.ValueKind != JsonValueKind.Array)
        {
            return result;
        }

        foreach (var key in keys.EnumerateArray())
        {
            if (key.ValueKind != JsonValueKind.Object
                || !key.TryGetProperty("kid", out var kid)
                || kid.ValueKind != JsonValueKind.String)
            {
                continue;
            }

            var channels = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            if (key.TryGetProperty("endorsements", out var endorsements) && endorsements.ValueKind == JsonValueKind.Array)
            {
                foreach (var channel in endorsements.EnumerateArray())
                {
                    if (channel.ValueKind == JsonValueKind.String && channel.GetString() is { Length: > 0 } value)
                    {
                        channels.Add(value);
                    }
                }
            }

            result[kid.GetString()!] = channels;
        }

        return result;
    }

    private bool TryAnswer(string jwksUri, OpenIdConnectConfiguration configuration, string keyId, out IReadOnlySet<string>? answer)
    {
        answer = null;
        if (!snapshots.TryGetValue(jwksUri, out var snapshot) || !ReferenceEquals(snapshot.Source, configuration))
        {
            return false;
        }

        if (snapshot.ByKeyId.TryGetValue(keyId, out answer))
        {
            return true;
        }

        return timeProvider.GetUtcNow() - snapshot.FetchedAt < MinimumRefetchInterval;
    }

    private sealed record Snapshot(
        OpenIdConnectConfiguration Source,
        IReadOnlyDictionary<string, IReadOnlySet<string>> ByKeyId,
        DateTimeOffset FetchedAt);
}
