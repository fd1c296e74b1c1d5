using KarmayogiBot.Domain.Reporting;

namespace KarmayogiBot.Assistant.Answers;

/// <summary>The zone's figures in the summary before this one, and its day: what the fortnightly card shows the change since.</summary>
public sealed record PreviousSummary(DateOnly Day, SummaryCounts Totals);
