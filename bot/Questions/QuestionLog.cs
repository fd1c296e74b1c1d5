using System.Collections.Concurrent;
using System.Threading.Channels;
using KarmayogiBot.Domain.Questions;

namespace KarmayogiBot.Bot.Questions;

/// <summary>
/// The turn's side of the question log: a question or a vote is queued in memory and the turn goes on;
/// <see cref="QuestionLogWriter"/> writes the queue in batches after the replies have gone. When the queue is full
/// (the store down for long) the newest entries are dropped, never the turn delayed.
/// It also keeps each conversation's latest answer in memory, for a vote that does not say which answer it is on
/// (Teams sends <c>replyToId</c>; the Agents Playground's <c>message/submitAction</c> leaves it out).
/// </summary>
public sealed class QuestionLog
{
    /// <summary>Entries held while the writer is behind.</summary>
    public const int Capacity = 10_000;

    private readonly Channel<object> _queue = Channel.CreateBounded<object>(
        new BoundedChannelOptions(Capacity) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

    /// <summary>Conversations whose latest answer is remembered; beyond it the memory starts again empty.</summary>
    public const int RememberedConversations = 100_000;

    private readonly ConcurrentDictionary<string, string> _latestAnswers = new(StringComparer.Ordinal);

    internal ChannelReader<object> Reader => _queue.Reader;

    /// <summary>Queues the question and remembers its last reply as the conversation's latest answer.</summary>
    public void Asked(AskedQuestion question, string? conversationId)
    {
        _queue.Writer.TryWrite(question);
        if (conversationId is { Length: > 0 } && question.ReplyIds.Count > 0)
        {
            if (_latestAnswers.Count >= RememberedConversations)
            {
                _latestAnswers.Clear();
            }

            _latestAnswers[conversationId] = question.ReplyIds[^1];
        }
    }

    /// <summary>The answer a vote is on: the one the channel names, else the conversation's latest answer (null when none is known).</summary>
    public string? AnswerVotedOn(string? replyToId, string? conversationId) =>
        replyToId is { Length: > 0 } ? replyToId
        : conversationId is { Length: > 0 } && _latestAnswers.TryGetValue(conversationId, out var latest) ? latest
        : null;

    public void Voted(QuestionVote vote) => _queue.Writer.TryWrite(vote);

    /// <summary>No more entries: the writer writes what is queued and stops.</summary>
    internal void Complete() => _queue.Writer.TryComplete();
}
