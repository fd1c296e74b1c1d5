using KarmayogiBot.Infrastructure.Outbox;
using KarmayogiBot.Worker.Delivery;

namespace KarmayogiBot.Worker.Summaries;

/// <summary>What a summaries pass did, and how long building the summaries took.</summary>
/// <param name="Recipients">Nodal (and admin) officers with a summary planned.</param>
/// <param name="Load">Reading the officers and their records from the store.</param>
/// <param name="Build">Judging every officer and building every recipient's summary and card.</param>
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
    DispatchResult? Dispatch);
