using KarmayogiBot.Domain.Nudges;

namespace KarmayogiBot.Worker.Options;

/// <summary>
/// <c>Worker:Nudges</c>: the schedule and the cadence of nudges. <c>Cron</c> (Quartz cron, in
/// <see cref="SchedulerOptions.TimeZone"/>; default 11:00 Monday to Friday), <c>Cadence</c> (steps
/// <c>{ DaysLeftAbove, EveryDays }</c>; default weekly above 30 days left, every 3 days (twice a week) above 7,
/// daily in the last week), <c>OverdueEveryDays</c> (default 7), the escalation ladder after the officer's own nudges:
/// <c>ReportingOfficerAfterOverdueDays</c> (default 3; 0 = never: the reporting officer's digest of their overdue reports),
/// <c>ReportingOfficerDigestEveryDays</c> (default 7: one digest a week), <c>EscalateAfterOverdueDays</c> (default 7;
/// 0 = never: the nodal officer, once per officer and cycle); the reporting officer comes before the nodal officer.
/// </summary>
public sealed class NudgeOptions
{
    public const string SectionName = "Worker:Nudges";

    public string Cron { get; set; } = "0 0 11 ? * MON-FRI";

    /// <summary>Null: the default steps. A configured list replaces them (configuration binding appends to lists, so it is kept separate).</summary>
    public List<CadenceStep>? Cadence { get; set; }

    public int OverdueEveryDays { get; set; } = 7;

    /// <summary>Days after the plan's deadline its overdue officers are still nudged when no newer plan is in the catalog; -1 (default): until there is one; 0: none after the deadline.</summary>
    public int ClosedCycleNudgeDays { get; set; } = -1;

    public int EscalateAfterOverdueDays { get; set; } = 7;

    public int ReportingOfficerAfterOverdueDays { get; set; } = 3;

    public int ReportingOfficerDigestEveryDays { get; set; } = 7;

    public NudgeCadence ToCadence() =>
        new(Cadence is { Count: > 0 } steps ? steps : NudgeCadence.Default.Steps, OverdueEveryDays);
}
