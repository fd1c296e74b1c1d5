namespace KarmayogiBot.Domain.Questions;

/// <summary>The kinds of answer the log records, as stored.</summary>
public static class AnswerKinds
{
    public const string Answered = "answered";
    public const string Refused = "refused";
    public const string Clarify = "clarify";
    public const string CircularsDoNotSay = "circulars-do-not-say";
    public const string NotUnderstood = "not-understood";

    /// <summary>The kinds that did not answer the question: not understood, the circulars do not say, asked back.</summary>
    public static bool IsUnanswered(string kind) => kind is NotUnderstood or CircularsDoNotSay or Clarify;
}
