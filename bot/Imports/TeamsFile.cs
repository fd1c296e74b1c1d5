using KarmayogiBot.Protocol.Schema;

namespace KarmayogiBot.Bot.Imports;

/// <summary>
/// A file a user sent the bot in a personal chat, as Teams delivers it: an attachment of type
/// <c>application/vnd.microsoft.teams.file.download.info</c> whose <c>content.downloadUrl</c> is fetched with a plain
/// GET (no bot token), valid for a few minutes.
/// </summary>
public sealed record TeamsFile(string Name, Uri DownloadUrl)
{
    public const string ContentType = "application/vnd.microsoft.teams.file.download.info";

    /// <summary>The files attached to <paramref name="activity"/> (none when it has none, or only cards and images).</summary>
    public static IReadOnlyList<TeamsFile> In(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return [.. (activity.Attachments ?? []).Where(a => string.Equals(a.ContentType, ContentType, StringComparison.OrdinalIgnoreCase))
            .Select(a => a.Content?["downloadUrl"]?.GetValueKind() == System.Text.Json.JsonValueKind.String
                && Uri.TryCreate(a.Content["downloadUrl"]!.GetValue<string>(), UriKind.Absolute, out var url)
                    ? new TeamsFile(SafeName(a.Name), url) : null)
            .OfType<TeamsFile>()];
    }

    /// <summary>The file's name without any folder part (a name is only ever written inside the bot's own folder).</summary>
    private static string SafeName(string? name)
    {
        var file = Path.GetFileName((name ?? "").Replace('\\', '/'));
        return file.Length == 0 || file is "." or ".." ? "file" : file;
    }
}
