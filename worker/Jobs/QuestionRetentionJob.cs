using KarmayogiBot.Worker.Questions;
using Quartz;

namespace KarmayogiBot.Worker.Jobs;

/// <summary>The question log's retention (cron <c>Worker:Questions:Cron</c>): runs <see cref="QuestionRetention"/>.</summary>
[DisallowConcurrentExecution]
public sealed class QuestionRetentionJob(QuestionRetention retention) : IJob
{
    public static readonly JobKey Key = new("question-retention", "karmayogi");

    public static readonly TriggerKey TriggerKey = new("question-retention-cron", "karmayogi");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        await retention.RunAsync(cancellationToken).ConfigureAwait(false);
}
