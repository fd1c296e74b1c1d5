using KarmayogiBot.Infrastructure.Outbox;
using KarmayogiBot.Worker.Delivery;

namespace KarmayogiBot.Worker.Summaries;

/// <summary>What a summaries pass did, and how long building the summaries took.</summary>
/// <param name="Recipients">Nodal (and admin) officers with a summary planned.</param>
/// <param name="Officers">Officers in the store.</param>
/// <param name="Load">Reading every officer's records (judged once, as the all-zones summary), the conversations and the unreachable marks.</param>
/// <param name="Build">From those, every recipient's zone summary (its officers judged) and card.</param>
/// <param name="Workbooks">Writing the defaulters .xlsx files (zero for a dry run).</param>
public sealed record SummaryPassResult(
    DateOnly Day,
    int Officers,
    int Recipients,
    int Scopes,
    int Planned,
    TimeSpan Load,
    TimeSpan Build,
    TimeSpan Workbooks,
    OutboxCounts? Counts,
    DispatchResult? Dispatch)
{
    /// <summary>Processor time of <see cref="Load"/> (all the process's threads).</summary>
    public TimeSpan LoadCpu { get; init; }

    /// <summary>Processor time of <see cref="Build"/> (all the process's threads).</summary>
    public TimeSpan BuildCpu { get; init; }

    /// <summary>Zones whose .xlsx could not be written, each with the reason; their summaries went without the link.</summary>
    public IReadOnlyList<string> WorkbookFailures { get; init; } = [];
}
