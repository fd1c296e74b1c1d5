using System.Net;
using Microsoft.Extensions.Options;

namespace KarmayogiBot.Bot.Imports;

/// <summary>
/// Fetches a file sent in the chat into a file of the bot's own: a plain GET (no bot token, no cookies), only from the
/// allowed hosts (<see cref="ChatImportOptions.Allows"/>), redirects followed only to allowed hosts, and at most
/// <see cref="ChatImportOptions.MaxImportFileBytes"/> read (counted as the bytes arrive, whatever the server declares).
/// </summary>
public sealed class FileDownloader(IHttpClientFactory clients, IOptions<ChatImportOptions> options)
{
    public const string HttpClientName = "chat-file-downloads";

    private const int MaxRedirects = 5;

    /// <summary>Writes the file at <paramref name="url"/> to <paramref name="path"/>.</summary>
    /// <exception cref="FileRefusedException">The host is not allowed, the server refused, or the file is too big; nothing is left at <paramref name="path"/>.</exception>
    public async Task DownloadAsync(Uri url, string path, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var client = clients.CreateClient(HttpClientName);
        try
        {
            for (var redirects = 0; ; redirects++)
            {
                if (!settings.Allows(url))
                {
                    throw new FileRefusedException(FileRefusal.HostNotAllowed, url.IdnHost);
                }

                using var response = await client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
                if (IsRedirect(response.StatusCode) && response.Headers.Location is { } location)
                {
                    if (redirects == MaxRedirects)
                    {
                        throw new FileRefusedException(FileRefusal.DownloadFailed, "too many redirects");
                    }

                    url = location.IsAbsoluteUri ? location : new Uri(url, location);
                    continue;
                }

                if (!response.IsSuccessStatusCode)
                {
                    throw new FileRefusedException(FileRefusal.DownloadFailed, $"HTTP {(int)response.StatusCode}");
                }

                if (response.Content.Headers.ContentLength > settings.MaxImportFileBytes)
                {
                    throw new FileRefusedException(FileRefusal.TooBig, settings.MaxImportFileBytes.ToString(System.Globalization.CultureInfo.InvariantCulture));
                }

                await using var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
                await using var file = File.Create(path);
                var buffer = new byte[81_920];
                long total = 0;
                int read;
                while ((read = await body.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
                {
                    total += read;
                    if (total > settings.MaxImportFileBytes)
                    {
                        throw new FileRefusedException(FileRefusal.TooBig, settings.MaxImportFileBytes.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    }

                    await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
                }

                return;
            }
        }
        catch (HttpRequestException e)
        {
            File.Delete(path);
            throw new FileRefusedException(FileRefusal.DownloadFailed, e.HttpRequestError.ToString());
        }
        catch
        {
            File.Delete(path);
            throw;
        }
    }

    private static bool IsRedirect(HttpStatusCode status) => (int)status is >= 300 and < 400 and not 304;
}

/// <summary>Why a file sent in the chat was not fetched.</summary>
public enum FileRefusal
{
    HostNotAllowed,
    TooBig,
    DownloadFailed,
}

/// <summary>A file sent in the chat that was not fetched, and why (<see cref="Detail"/>: the host, the cap in bytes, or the error).</summary>
public sealed class FileRefusedException(FileRefusal reason, string detail) : Exception($"{reason}: {detail}")
{
    public FileRefusal Reason { get; } = reason;

    public string Detail { get; } = detail;
}
