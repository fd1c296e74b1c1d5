namespace KarmayogiBot.Domain.Nudges;

/// <summary>What the last nudge pass did, for a zone (or all zones): planned messages by outcome.</summary>
/// <param name="RanAt">When the pass started.</param>
/// <param name="Pending">Planned but not yet delivered (throttled, retrying).</param>
/// <param name="Unreachable">Officers the bot cannot reach (403, bot uninstalled, no conversation and no Entra id).</param>
public sealed record NudgeRunSummary(DateTimeOffset RanAt, int Sent, int Failed, int Unreachable, int Pending, IReadOnlyList<string> UnreachableOfficers);
