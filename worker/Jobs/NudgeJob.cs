using KarmayogiBot.Worker.Nudges;
using Microsoft.Extensions.Logging;
using Quartz;

namespace KarmayogiBot.Worker.Jobs;

/// <summary>The scheduled nudge pass (cron <c>Worker:Nudges:Cron</c>): runs <see cref="NudgePass"/> as of now.</summary>
[DisallowConcurrentExecution]
public sealed class NudgeJob(NudgePass pass, TimeProvider clock, ILogger<NudgeJob> logger) : IJob
{
    public static readonly JobKey Key = new("nudges", "karmayogi");

    public static readonly TriggerKey TriggerKey = new("nudges-cron", "karmayogi");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var result = await pass.RunAsync(clock.GetUtcNow(), dryRun: false, output: null, cancellationToken).ConfigureAwait(false);
        logger.LogInformation(
            "Nudge job fired at {FireTime}: {Planned} planned, {Sent} sent, {Failed} failed, {Unreachable} unreachable; closed: {Closed}",
            context.FireTimeUtc, result.Planned, result.Counts?.Sent ?? 0, result.Counts?.Failed ?? 0, result.Counts?.Unreachable ?? 0, result.Closed ?? "no");
    }
}
