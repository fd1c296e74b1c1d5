namespace KarmayogiBot.Domain.Nudges;

/// <summary>
/// How often an officer is nudged, by the days left to their nearest deadline: the first step (ordered by
/// <see cref="CadenceStep.DaysLeftAbove"/>, highest first) whose threshold the days left exceed. Overdue officers
/// are nudged every <see cref="OverdueEveryDays"/> days. Days are India dates; "every 3 days" means a nudge on
/// day D makes the next one due on D+3 or later.
/// </summary>
public sealed class NudgeCadence
{
    public NudgeCadence(IEnumerable<CadenceStep> steps, int overdueEveryDays)
    {
        Steps = steps.OrderByDescending(s => s.DaysLeftAbove).ToList();
        if (Steps.Count == 0)
        {
            throw new ArgumentException("The nudge cadence needs at least one step.", nameof(steps));
        }

        if (Steps.Select(s => s.DaysLeftAbove).Distinct().Count() != Steps.Count)
        {
            throw new ArgumentException("Two cadence steps have the same threshold.", nameof(steps));
        }

        if (Steps[^1].DaysLeftAbove >= 0)
        {
            throw new ArgumentException("The last cadence step must cover the last day (DaysLeftAbove -1).", nameof(steps));
        }

        OverdueEveryDays = overdueEveryDays >= 1 ? overdueEveryDays : throw new ArgumentOutOfRangeException(nameof(overdueEveryDays), overdueEveryDays, "Overdue officers need at least 1 day between nudges.");
    }

    /// <summary>Weekly until 30 days before the deadline, twice a week until 7 days before, daily in the last week; weekly once overdue.</summary>
    public static NudgeCadence Default { get; } = new([new CadenceStep(30, 7), new CadenceStep(7, 3), new CadenceStep(-1, 1)], 7);

    /// <summary>The steps, highest threshold first.</summary>
    public IReadOnlyList<CadenceStep> Steps { get; }

    public int OverdueEveryDays { get; }

    /// <summary>Days between nudges with <paramref name="daysLeft"/> to the deadline (negative: overdue).</summary>
    public int EveryDays(int daysLeft) => daysLeft < 0 ? OverdueEveryDays : Steps.First(s => daysLeft > s.DaysLeftAbove).EveryDays;

    /// <summary>Whether a nudge is due on <paramref name="today"/>, the last one having been sent on <paramref name="lastNudged"/> (null: never).</summary>
    public bool IsDue(int daysLeft, DateOnly today, DateOnly? lastNudged) =>
        lastNudged is not { } last || today.DayNumber - last.DayNumber >= EveryDays(daysLeft);
}
