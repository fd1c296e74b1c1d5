using KarmayogiBot.Domain.Officers;

namespace KarmayogiBot.Domain.Reporting;

/// <summary>Where a zone (or formation) stands on one day, in figures: totals, by formation, by role (the defaulters are listed apart).</summary>
public sealed record ZoneFigures(
    OfficerScope Scope,
    DateOnly AsOf,
    string CycleId,
    string CycleTitle,
    DateOnly Deadline,
    SummaryCounts Totals,
    IReadOnlyList<GroupSummary> ByFormation,
    IReadOnlyList<GroupSummary> ByRole)
{
    /// <summary>Days to the cycle's deadline: 0 on the last day, negative after.</summary>
    public int DaysLeft => Deadline.DayNumber - AsOf.DayNumber;

    public static ZoneFigures From(ZoneSummary summary) => new(
        summary.Scope, summary.AsOf, summary.Cycle.Id, summary.Cycle.Title, summary.Cycle.Deadline, summary.Totals, summary.ByFormation, summary.ByRole);
}
