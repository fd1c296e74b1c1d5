namespace KarmayogiBot.Bot.Imports;

/// <summary>
/// Section <c>Bot</c>, the settings of reports dropped into the chat: <c>FileDownloadHosts</c> (the hosts a file may be
/// fetched from: by default the SharePoint and OneDrive hosts Teams stores chat files on; <c>*.</c> matches any
/// subdomain), <c>MaxImportFileBytes</c> (default 200 MB, enforced while the file streams in).
/// </summary>
public sealed class ChatImportOptions
{
    public const string SectionName = "Bot";

    /// <summary>Where Teams keeps a file sent in a personal chat: the sender's OneDrive for Business (<c>*-my.sharepoint.com</c>), or SharePoint.</summary>
    public static readonly IReadOnlyList<string> TeamsFileHosts = ["*.sharepoint.com", "*.sharepoint.us", "*.sharepoint.cn", "*.1drv.ms", "onedrive.live.com"];

    /// <summary>The hosts files are fetched from; empty means <see cref="TeamsFileHosts"/>.</summary>
    public List<string> FileDownloadHosts { get; set; } = [];

    public long MaxImportFileBytes { get; set; } = 200L * 1024 * 1024;

    /// <summary>How long a file waiting for its password (or for "import the good rows") is kept.</summary>
    public TimeSpan PendingFileLifetime { get; set; } = TimeSpan.FromMinutes(15);

    public IReadOnlyList<string> Hosts => FileDownloadHosts.Count > 0 ? FileDownloadHosts : TeamsFileHosts;

    /// <summary>Whether <paramref name="url"/> is https (or loopback http) on one of <see cref="Hosts"/>.</summary>
    public bool Allows(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (url.Scheme != Uri.UriSchemeHttps && !(url.Scheme == Uri.UriSchemeHttp && url.IsLoopback))
        {
            return false;
        }

        var host = url.IdnHost;
        return Hosts.Any(allowed => allowed.StartsWith("*.", StringComparison.Ordinal)
            ? host.EndsWith(allowed[1..], StringComparison.OrdinalIgnoreCase) && host.Length > allowed.Length - 1
            : string.Equals(host, allowed, StringComparison.OrdinalIgnoreCase));
    }
}
