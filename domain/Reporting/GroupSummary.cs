namespace KarmayogiBot.Domain.Reporting;

/// <summary>The counts of one formation or role.</summary>
/// <param name="Key">The formation as the roster writes it, or the role id ("unknown" for officers without one).</param>
/// <param name="Name">The formation, or the role's name in the plan.</param>
public sealed record GroupSummary(string Key, string Name, SummaryCounts Counts);
