namespace KarmayogiBot.Domain.Questions;

/// <summary>A 👍 or 👎 on an answer's message, with the comment (redacted) the officer wrote in Teams' form.</summary>
/// <param name="ReplyId">The message voted on: the invoke's <c>replyToId</c>, one of <see cref="AskedQuestion.ReplyIds"/>.</param>
/// <param name="Reaction"><c>like</c> or <c>dislike</c>.</param>
public sealed record QuestionVote(string ReplyId, string Reaction, string Comment, DateTimeOffset VotedAt)
{
    public const string Like = "like";
    public const string Dislike = "dislike";
}
