namespace KarmayogiBot.Domain.Nudges;

/// <summary>The officers who asked to be reminded later ("Remind me in a week"), per cycle: kept so every pass, on any worker, respects it.</summary>
public interface INudgeSnoozes
{
    /// <summary>Holds the officer's nudges for the cycle until <paramref name="until"/> (India date; that day's pass nudges again). A later snooze replaces an earlier one.</summary>
    /// <returns>False when no roster officer has the employee code: nothing is kept.</returns>
    Task<bool> SnoozeAsync(string employeeCode, string cycleId, DateOnly until, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>By employee code, the day each officer snoozed in the cycle is nudged again, for the snoozes still holding on <paramref name="today"/>.</summary>
    Task<IReadOnlyDictionary<string, DateOnly>> SnoozedAsync(string cycleId, DateOnly today, CancellationToken cancellationToken = default);
}
