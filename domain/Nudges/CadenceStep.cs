namespace KarmayogiBot.Domain.Nudges;

/// <summary>While more than <paramref name="DaysLeftAbove"/> days are left to the nearest deadline, nudge at most every <paramref name="EveryDays"/> days.</summary>
/// <param name="DaysLeftAbove">The step applies when days left &gt; this (use -1 for "down to the last day").</param>
/// <param name="EveryDays">Days between two nudges of one officer: 7 weekly, 3 twice a week, 1 daily.</param>
public sealed record CadenceStep(int DaysLeftAbove, int EveryDays)
{
    public int EveryDays { get; } = EveryDays >= 1 ? EveryDays : throw new ArgumentOutOfRangeException(nameof(EveryDays), EveryDays, "A cadence step needs at least 1 day between nudges.");
}
