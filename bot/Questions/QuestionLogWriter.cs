using KarmayogiBot.Domain.Questions;

namespace KarmayogiBot.Bot.Questions;

/// <summary>
/// Writes <see cref="QuestionLog"/>'s queue to the store: whatever has gathered since the last write, up to
/// <see cref="BatchSize"/> entries, in one transaction. A failed write is logged and its batch dropped (the log is
/// for improving the phrasings, not a record anyone relies on); on shutdown the queue is written out first.
/// </summary>
public sealed class QuestionLogWriter(QuestionLog log, IQuestionStore store, ILogger<QuestionLogWriter> logger) : BackgroundService
{
    public const int BatchSize = 200;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var reader = log.Reader;
        try
        {
            while (await reader.WaitToReadAsync(stoppingToken).ConfigureAwait(false))
            {
                await WriteBatchAsync(CancellationToken.None).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: write what is queued.
            while (reader.TryPeek(out _))
            {
                await WriteBatchAsync(CancellationToken.None).ConfigureAwait(false);
            }
        }
    }

    public override Task StopAsync(CancellationToken cancellationToken)
    {
        log.Complete();
        return base.StopAsync(cancellationToken);
    }

    private async Task WriteBatchAsync(CancellationToken cancellationToken)
    {
        var questions = new List<AskedQuestion>();
        var votes = new List<QuestionVote>();
        while (questions.Count + votes.Count < BatchSize && log.Reader.TryRead(out var entry))
        {
            if (entry is AskedQuestion question)
            {
                questions.Add(question);
            }
            else if (entry is QuestionVote vote)
            {
                votes.Add(vote);
            }
        }

        try
        {
            await store.SaveAsync(questions, votes, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) // a failed write must not stop the writer: later batches may succeed
        {
            logger.LogWarning(e, "The question log could not write {QuestionCount} questions and {VoteCount} votes; they are dropped", questions.Count, votes.Count);
        }
    }
}
