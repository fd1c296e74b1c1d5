using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace KarmayogiBot.Infrastructure.Exports;

/// <summary>
/// Keeps exported workbooks and signs their download links: <c>/exports/{id}?expires=unix&amp;sig=hmac</c>. A link
/// works until it expires and only as signed; the id is random, the file is served only through a valid link.
/// </summary>
public sealed class ExportLinks
{
    private readonly ExportOptions _options;
    private readonly TimeProvider _clock;
    private readonly byte[] _key;

    public ExportLinks(IOptions<ExportOptions> options, TimeProvider clock)
    {
        _options = options.Value;
        _clock = clock;
        _key = _options.SigningKey.Length > 0 ? Encoding.UTF8.GetBytes(_options.SigningKey) : RandomNumberGenerator.GetBytes(32);
        Folder = _options.Folder.Length > 0 ? _options.Folder : Path.Combine(Path.GetTempPath(), "karmayogi-exports");
        Directory.CreateDirectory(Folder);
    }

    public string Folder { get; }

    /// <summary>A new file path for an export, and its id.</summary>
    public (string Id, string Path) NewFile()
    {
        var id = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();
        return (id, Path.Combine(Folder, $"{id}.xlsx"));
    }

    public Uri LinkFor(string id) => LinkFor(id, _options.LinkLifetime);

    /// <summary>A link that works for <paramref name="lifetime"/> (e.g. until the next fortnightly summary).</summary>
    public Uri LinkFor(string id, TimeSpan lifetime)
    {
        var expires = _clock.GetUtcNow().Add(lifetime).ToUnixTimeSeconds();
        return new Uri($"{_options.BaseUrl.TrimEnd('/')}/exports/{id}?expires={expires}&sig={Sign(id, expires)}");
    }

    /// <summary>The file for a valid, unexpired link; null otherwise.</summary>
    public string? Resolve(string id, string? expires, string? signature)
    {
        if (id.Length != 32 || !id.All(Uri.IsHexDigit) || !long.TryParse(expires, NumberStyles.None, CultureInfo.InvariantCulture, out var until) || signature is null)
        {
            return null;
        }

        var expected = Encoding.ASCII.GetBytes(Sign(id, until));
        if (!CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(signature)) || _clock.GetUtcNow().ToUnixTimeSeconds() > until)
        {
            return null;
        }

        var path = Path.Combine(Folder, $"{id}.xlsx");
        return File.Exists(path) ? path : null;
    }

    private string Sign(string id, long expires) =>
        Convert.ToHexString(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes($"{id}:{expires}"))).ToLowerInvariant();
}
