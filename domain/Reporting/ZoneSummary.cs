using KarmayogiBot.Domain.Catalog;
using KarmayogiBot.Domain.Compliance;
using KarmayogiBot.Domain.Officers;

namespace KarmayogiBot.Domain.Reporting;

/// <summary>Where a zone (or formation) stands on one day: totals, by formation, by role, and every officer's standing.</summary>
public sealed record ZoneSummary(
    OfficerScope Scope,
    DateOnly AsOf,
    Cycle Cycle,
    SummaryCounts Totals,
    IReadOnlyList<GroupSummary> ByFormation,
    IReadOnlyList<GroupSummary> ByRole,
    IReadOnlyList<OfficerStanding> Officers)
{
    /// <summary>What the summary is of when its scope does not say it (a reporting officer's team); null for a zone or formation.</summary>
    public string? Title { get; init; }

    /// <summary>The date of the newest iGOT report the figures reflect, and whether it is old; null when not read (a summary of officers handed in).</summary>
    public ReportAge? Reports { get; init; }

    /// <summary>Days to the cycle's deadline: 0 on the last day, negative after.</summary>
    public int DaysLeft => Cycle.Deadline.DayNumber - AsOf.DayNumber;

    /// <summary>The officers not yet fully compliant, by employee code.</summary>
    public IEnumerable<OfficerStanding> Defaulters => Officers.Where(o => !o.IsCompliant);
}
