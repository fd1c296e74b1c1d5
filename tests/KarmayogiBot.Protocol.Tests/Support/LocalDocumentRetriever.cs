using System.Collections.Concurrent;
using Microsoft.IdentityModel.Protocols;

namespace KarmayogiBot.Protocol.Tests.Support;

/// <summary>Serves OpenID metadata and JWKS documents from memory and counts the requests: no network.</summary>
internal sealed class LocalDocumentRetriever : IDocumentRetriever
{
    private readonly ConcurrentDictionary<string, string> documents = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> requests = new(StringComparer.Ordinal);

    public void Serve(string address, string document) => documents[address] = document;

    public int RequestCount(string address) => requests.GetValueOrDefault(address);

    /// <summary>While true every request fails, as when the metadata host cannot be reached (requests are still counted).</summary>
    public bool Unreachable { get; set; }

    public Task<string> GetDocumentAsync(string address, CancellationToken cancel)
    {
        requests.AddOrUpdate(address, 1, (_, n) => n + 1);
        return !Unreachable && documents.TryGetValue(address, out var document)
            ? Task.FromResult(document)
            : Task.FromException<string>(new IOException($"No local document at {address}."));
    }
}
