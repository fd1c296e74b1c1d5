using KarmayogiBot.Infrastructure.Outbox;
using KarmayogiBot.Worker.Delivery;

namespace KarmayogiBot.Worker.Nudges;

/// <summary>What a nudge pass did.</summary>
/// <param name="Closed">Why nothing was planned (outside office hours, a weekend, a holiday); null when the pass ran.</param>
/// <param name="Planned">Messages this pass wrote to the outbox (rows that existed already, from an earlier run of the day, are not counted).</param>
/// <param name="Counts">The day's nudges by state after the pass (all officers).</param>
/// <param name="Dispatch">Null for a dry run or a closed pass.</param>
public sealed record NudgePassResult(
    DateTimeOffset Instant,
    DateOnly Day,
    string? Closed,
    int Reminders,
    int Overdue,
    int Escalations,
    int Compliant,
    int NotDue,
    int RoleUnknown,
    int UnreachableAtPlanning,
    int Planned,
    OutboxCounts? Counts,
    DispatchResult? Dispatch)
{
    /// <summary>The day's failed messages put back to be tried again (<c>--retry-failed</c>).</summary>
    public int Requeued { get; init; }

    /// <summary>Digests planned for reporting officers (one each at most a week, of their overdue reports).</summary>
    public int Digests { get; init; }

    /// <summary>Officers with something pending not nudged because they asked to be reminded later ("Remind me in a week").</summary>
    public int Snoozed { get; init; }
}
