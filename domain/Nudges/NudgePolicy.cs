using KarmayogiBot.Domain.Compliance;
using KarmayogiBot.Domain.Time;

namespace KarmayogiBot.Domain.Nudges;

/// <summary>
/// Who is nudged when: officers with something pending in the plan in force, on office days in office hours,
/// at the <see cref="Cadence"/> for their days left, at most once a day; never compliant officers. Overdue
/// officers get the overdue message; after <see cref="ReportingOfficerAfterOverdueDays"/> overdue days they are in their
/// reporting officer's digest (one every <see cref="DigestEveryDays"/> days, of all their overdue reports); after
/// <see cref="EscalateAfterOverdueDays"/> overdue days their nodal officer is told, once. Pure: the instant comes in,
/// nothing reads a clock.
/// </summary>
public sealed class NudgePolicy
{
    /// <param name="escalateAfterOverdueDays">Overdue days after which the nodal officer is told; 0 turns escalation off.</param>
    /// <param name="reportingOfficerAfterOverdueDays">Overdue days after which the officer's reporting officer is told in their digest; 0 turns the step off.</param>
    /// <param name="digestEveryDays">Days between two digests to the same reporting officer.</param>
    public NudgePolicy(OfficeCalendar office, NudgeCadence cadence, int escalateAfterOverdueDays, int reportingOfficerAfterOverdueDays = 0, int digestEveryDays = 7)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(reportingOfficerAfterOverdueDays);
        ArgumentOutOfRangeException.ThrowIfLessThan(digestEveryDays, 1);
        ReportingOfficerAfterOverdueDays = reportingOfficerAfterOverdueDays;
        DigestEveryDays = digestEveryDays;
        Office = office;
        Cadence = cadence;
        EscalateAfterOverdueDays = escalateAfterOverdueDays >= 0
            ? escalateAfterOverdueDays
            : throw new ArgumentOutOfRangeException(nameof(escalateAfterOverdueDays), escalateAfterOverdueDays, "Escalation days cannot be negative (0 turns it off).");
    }

    public static NudgePolicy Default { get; } = new(OfficeCalendar.Default, NudgeCadence.Default, 7);

    public OfficeCalendar Office { get; }

    public NudgeCadence Cadence { get; }

    public int EscalateAfterOverdueDays { get; }

    public int ReportingOfficerAfterOverdueDays { get; }

    public int DigestEveryDays { get; }

    /// <summary>
    /// After a plan's deadline, with no newer plan in the catalog: how many days its overdue officers are still nudged
    /// (0 = none after the deadline; -1, the default, until a newer plan is in the catalog). The circulars make the
    /// courses and the assessment mandatory and their status part of the APAR, and set no day after which completing
    /// them stops counting, so by default the weekly overdue reminders go on.
    /// </summary>
    public int ClosedCycleNudgeDays { get; init; } = -1;

    /// <summary>Whether officers are nudged on <paramref name="today"/> about the plan in force then, whose deadline is <paramref name="deadline"/>.</summary>
    public bool NudgesFor(DateOnly deadline, DateOnly today) => ClosedCycleNudgeDays < 0 || today.DayNumber - deadline.DayNumber <= ClosedCycleNudgeDays;

    /// <summary>"Remind me in a week" on a nudge card: the officer's nudges for the cycle wait this many days.</summary>
    public const int SnoozeDays = 7;

    /// <summary>The first day an officer who asked on <paramref name="today"/> to be reminded in a week is nudged again.</summary>
    public static DateOnly SnoozedUntil(DateOnly today) => today.AddDays(SnoozeDays);

    /// <summary>Whether a reporting officer whose last digest was written on <paramref name="lastDigest"/> gets one on <paramref name="today"/>.</summary>
    public bool DigestDue(DateOnly? lastDigest, DateOnly today) => lastDigest is not { } last || today.DayNumber - last.DayNumber >= DigestEveryDays;

    /// <param name="standing">The officer's standing on the India date of <paramref name="instant"/>.</param>
    /// <param name="lastNudged">The India date of the last nudge delivered to the officer; null when none.</param>
    /// <param name="alreadyEscalated">The nodal officer has been told about this officer in this cycle.</param>
    /// <param name="snoozedUntil">The officer asked to be reminded later: not nudged before this India date (their reporting
    /// and nodal officers are told as usual: the snooze is the officer's, not a stop to the ladder).</param>
    public NudgeDecision Decide(OfficerStanding standing, DateOnly? lastNudged, bool alreadyEscalated, DateTimeOffset instant, DateOnly? snoozedUntil = null)
    {
        if (!Office.IsOfficeTime(instant))
        {
            return NudgeDecision.None(NudgeOutcome.Closed);
        }

        if (standing.Report is not { } report)
        {
            return NudgeDecision.None(NudgeOutcome.RoleUnknown);
        }

        if (report.IsCompliant)
        {
            return NudgeDecision.None(NudgeOutcome.Compliant);
        }

        var today = IndiaCalendar.DateOf(instant);
        var dues = report.Outstanding.Select(r => (r.Status, r.Due)).ToList();
        if (report.Assessment is { Passed: false } assessment && (report.Cycle.Assessment?.MustPass ?? true))
        {
            dues.Add((assessment.Status, assessment.Due));
        }

        if (dues.Count == 0)
        {
            // Not compliant only for want of a target (e.g. a count of role-relevant courses): the deadline is the cycle's.
            dues.Add((report.AsOf > report.Deadline ? RequirementStatus.Overdue : RequirementStatus.Pending, report.Deadline));
        }

        var missed = dues.Where(d => d.Due < today).Select(d => d.Due).ToList();
        var nearest = missed.Count > 0 ? missed.Min() : dues.Min(d => d.Due);
        var daysLeft = nearest.DayNumber - today.DayNumber;
        var daysOverdue = missed.Count > 0 ? today.DayNumber - missed.Min().DayNumber : 0;
        var kind = missed.Count > 0 ? NudgeKind.Overdue : NudgeKind.Reminder;
        var escalate = kind == NudgeKind.Overdue && EscalateAfterOverdueDays > 0 && daysOverdue >= EscalateAfterOverdueDays && !alreadyEscalated;
        var forReportingOfficer = kind == NudgeKind.Overdue && ReportingOfficerAfterOverdueDays > 0 && daysOverdue >= ReportingOfficerAfterOverdueDays;
        var due = lastNudged != today && Cadence.IsDue(daysLeft, today, lastNudged);
        var outcome = snoozedUntil is { } until && today < until ? NudgeOutcome.Snoozed : due ? NudgeOutcome.Nudge : NudgeOutcome.NotDue;
        return new NudgeDecision(outcome, kind, report.PendingCount, nearest, daysLeft, daysOverdue, escalate, forReportingOfficer);
    }
}
