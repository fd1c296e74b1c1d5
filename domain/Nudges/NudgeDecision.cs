namespace KarmayogiBot.Domain.Nudges;

/// <summary>The rules' verdict for one officer at one instant.</summary>
/// <param name="Kind">Reminder or overdue; meaningful when something is pending.</param>
/// <param name="Pending">Counted courses not done, plus the assessment when not passed.</param>
/// <param name="NearestDue">The earliest last day (inclusive, India date) of what is pending.</param>
/// <param name="DaysLeft">Days from the pass's day to <paramref name="NearestDue"/>: 0 on the last day, negative once passed.</param>
/// <param name="DaysOverdue">Days since the earliest missed last day (0 when nothing is overdue).</param>
/// <param name="Escalate">Tell the officer's nodal officer: overdue for the configured number of days and not told before.</param>
/// <param name="ForReportingOfficer">Put the officer in their reporting officer's weekly digest: overdue for the configured number of days.</param>
public sealed record NudgeDecision(
    NudgeOutcome Outcome,
    NudgeKind Kind,
    int Pending,
    DateOnly? NearestDue,
    int DaysLeft,
    int DaysOverdue,
    bool Escalate,
    bool ForReportingOfficer = false)
{
    public bool ShouldNudge => Outcome == NudgeOutcome.Nudge;

    public static NudgeDecision None(NudgeOutcome outcome) => new(outcome, NudgeKind.Reminder, 0, null, 0, 0, false);
}
