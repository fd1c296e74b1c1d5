using System.Threading.Channels;
using KarmayogiBot.Domain.Questions;

namespace KarmayogiBot.Bot.Questions;

/// <summary>
/// The turn's side of the question log: a question or a vote is queued in memory and the turn goes on;
/// <see cref="QuestionLogWriter"/> writes the queue in batches after the replies have gone. When the queue is full
/// (the store down for long) the newest entries are dropped, never the turn delayed.
/// </summary>
public sealed class QuestionLog
{
    /// <summary>Entries held while the writer is behind.</summary>
    public const int Capacity = 10_000;

    private readonly Channel<object> _queue = Channel.CreateBounded<object>(
        new BoundedChannelOptions(Capacity) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

    internal ChannelReader<object> Reader => _queue.Reader;

    public void Asked(AskedQuestion question) => _queue.Writer.TryWrite(question);

    public void Voted(QuestionVote vote) => _queue.Writer.TryWrite(vote);

    /// <summary>No more entries: the writer writes what is queued and stops.</summary>
    internal void Complete() => _queue.Writer.TryComplete();
}
