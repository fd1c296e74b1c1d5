using KarmayogiBot.Domain.Reporting;

namespace KarmayogiBot.Infrastructure.Reports;

/// <summary><c>Reports</c>: how the bot's and the worker's summaries judge the age of the iGOT data.</summary>
public sealed class ReportOptions
{
    public const string SectionName = "Reports";

    /// <summary>Days after which the newest iGOT report is old enough for a summary to warn (default 15: the nodal officer's report to NACIN is fortnightly).</summary>
    public int StaleReportDays { get; set; } = ReportAge.DefaultStaleAfterDays;
}
