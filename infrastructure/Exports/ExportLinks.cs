using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace KarmayogiBot.Infrastructure.Exports;

/// <summary>
/// Keeps exported workbooks and signs their download links: <c>/exports/{id}?expires=unix&amp;sig=hmac</c>. A link
/// works until it expires and only as signed; the id is random, the file is served only through a valid link. Each
/// file carries its link's expiry in its name (<c>{id}.{expires}.xlsx</c>), so whichever process sweeps the shared
/// folder (<see cref="DeleteExpired"/>) deletes it when its link stops working: defaulters' names, phones and e-mails
/// do not stay on disk. A file being written is a <c>.partial</c> and is deleted at once if the write fails.
/// </summary>
public sealed class ExportLinks
{
    private const string PartialSuffix = ".partial";

    /// <summary>How long a <c>.partial</c> file may stand before it counts as left by a process that stopped mid-write.</summary>
    internal static readonly TimeSpan AbandonedAfter = TimeSpan.FromHours(1);

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

    /// <summary>
    /// Writes an export through <paramref name="write"/> (given the path to write) and returns its download link, valid
    /// for <paramref name="lifetime"/> (default <see cref="ExportOptions.LinkLifetime"/>). If the write fails, nothing
    /// is left in the folder.
    /// </summary>
    public Uri Publish(Action<string> write, TimeSpan? lifetime = null)
    {
        ArgumentNullException.ThrowIfNull(write);
        var id = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();
        var expires = _clock.GetUtcNow().Add(lifetime ?? _options.LinkLifetime).ToUnixTimeSeconds();
        var partial = Path.Combine(Folder, id + PartialSuffix);
        try
        {
            write(partial);
            File.Move(partial, FileOf(id, expires));
        }
        catch
        {
            File.Delete(partial);
            throw;
        }

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

        var path = FileOf(id, until);
        return File.Exists(path) ? path : null;
    }

    /// <summary>Deletes the file of <paramref name="link"/> now (an export that will not be sent after all).</summary>
    public void Withdraw(Uri link)
    {
        ArgumentNullException.ThrowIfNull(link);
        var query = System.Web.HttpUtility.ParseQueryString(link.Query);
        if (Resolve(link.Segments[^1], query["expires"], query["sig"]) is { } path)
        {
            TryDelete(path);
        }
    }

    /// <summary>
    /// Deletes the exports whose links have expired, and <c>.partial</c> files abandoned by a process that stopped
    /// mid-write. Files that are not exports are left alone. Returns how many were deleted.
    /// </summary>
    public int DeleteExpired()
    {
        var now = _clock.GetUtcNow();
        var deleted = 0;
        foreach (var path in Directory.EnumerateFiles(Folder))
        {
            var name = Path.GetFileName(path);
            var expired = name.EndsWith(PartialSuffix, StringComparison.Ordinal)
                ? File.GetLastWriteTimeUtc(path) + AbandonedAfter < now.UtcDateTime
                : ExpiryOf(name) is { } expires && expires < now.ToUnixTimeSeconds();
            if (expired && TryDelete(path))
            {
                deleted++;
            }
        }

        return deleted;
    }

    private string FileOf(string id, long expires) => Path.Combine(Folder, $"{id}.{expires.ToString(CultureInfo.InvariantCulture)}.xlsx");

    private static long? ExpiryOf(string name)
    {
        var parts = name.Split('.');
        return parts is [{ Length: 32 } id, var expires, "xlsx"] && id.All(Uri.IsHexDigit)
            && long.TryParse(expires, NumberStyles.None, CultureInfo.InvariantCulture, out var until)
            ? until
            : null;
    }

    private static bool TryDelete(string path)
    {
        try
        {
            File.Delete(path);
            return true;
        }
        catch (IOException)
        {
            return false; // being served right now; the next sweep deletes it
        }
    }

    private string Sign(string id, long expires) =>
        Convert.ToHexString(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes($"{id}:{expires}"))).ToLowerInvariant();
}
