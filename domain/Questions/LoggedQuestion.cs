namespace KarmayogiBot.Domain.Questions;

/// <summary>A question read back from the log, with the vote on its answer when there was one.</summary>
/// <param name="Reaction"><see cref="QuestionVote.Dislike"/> when any of the answer's messages was disliked, else <see cref="QuestionVote.Like"/> when liked; null when not voted on.</param>
/// <param name="Comments">The vote comments on the answer's messages, without empty ones.</param>
public sealed record LoggedQuestion(DateTimeOffset AskedAt, string Text, string Reading, string AnswerKind, string Language, string? Reaction, IReadOnlyList<string> Comments);
