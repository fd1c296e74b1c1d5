namespace KarmayogiBot.Worker.Options;

/// <summary>
/// <c>Worker:Summaries</c>: the nodal officers' fortnightly summary. <c>Cron</c> (default 10:00 on the 1st and 16th),
/// <c>LaggingFormations</c> (how many of the formations with the lowest share fully compliant to name, default 3),
/// <c>UnreachableListed</c> (names listed, default 25), <c>LinkLifetime</c> (the .xlsx link, default 16 days).
/// </summary>
public sealed class SummaryOptions
{
    public const string SectionName = "Worker:Summaries";

    public string Cron { get; set; } = "0 0 10 1,16 * ?";

    public int LaggingFormations { get; set; } = 3;

    public int UnreachableListed { get; set; } = 25;

    public TimeSpan LinkLifetime { get; set; } = TimeSpan.FromDays(16);
}
