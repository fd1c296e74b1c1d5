namespace KarmayogiBot.Infrastructure.Exports;

/// <summary>
/// Where .xlsx exports are kept and how their download links are signed (section <c>Exports</c>). The bot serves the
/// files; the worker writes the fortnightly summaries' workbooks into the same folder with the same key.
/// </summary>
public sealed class ExportOptions
{
    public const string SectionName = "Exports";

    /// <summary>The bot's public base URL, for links in cards (e.g. https://karmayogibot.azurewebsites.net).</summary>
    public string BaseUrl { get; set; } = "http://localhost:3978";

    /// <summary>The HMAC key for download links; shared by every instance. Empty: a random key per process (links die with it).</summary>
    public string SigningKey { get; set; } = "";

    /// <summary>How long a download link works.</summary>
    public TimeSpan LinkLifetime { get; set; } = TimeSpan.FromHours(24);

    /// <summary>The folder for export files; empty: a folder in the system's temp folder.</summary>
    public string Folder { get; set; } = "";
}
