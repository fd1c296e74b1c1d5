using KarmayogiBot.Domain.Time;
using KarmayogiBot.Worker.Summaries;
using Microsoft.Extensions.Logging;
using Quartz;

namespace KarmayogiBot.Worker.Jobs;

/// <summary>
/// The fortnightly nodal summaries (cron <c>Worker:Summaries:Cron</c>): runs <see cref="SummaryPass"/> for the day the
/// trigger was scheduled for, so a late (misfired) or repeated firing finishes that day's summaries instead of sending new ones.
/// </summary>
[DisallowConcurrentExecution]
public sealed class SummaryJob(SummaryPass pass, ILogger<SummaryJob> logger) : IJob
{
    public static readonly JobKey Key = new("nodal-summaries", "karmayogi");

    public static readonly TriggerKey TriggerKey = new("nodal-summaries-cron", "karmayogi");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var day = IndiaCalendar.DateOf(context.ScheduledFireTimeUtc ?? context.FireTimeUtc);
        var result = await pass.RunAsync(day, dryRun: false, output: null, cancellationToken).ConfigureAwait(false);
        logger.LogInformation("Summary job for {Day}: {Planned} planned, {Sent} sent, {Failed} failed, {Unreachable} unreachable",
            day, result.Planned, result.Counts?.Sent ?? 0, result.Counts?.Failed ?? 0, result.Counts?.Unreachable ?? 0);
    }
}
