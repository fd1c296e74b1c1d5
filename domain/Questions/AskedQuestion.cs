namespace KarmayogiBot.Domain.Questions;

/// <summary>
/// A question as the log keeps it: its text with personal data removed (<see cref="PersonalDataRedactor"/>), how it
/// was read and answered, and the ids of the messages that answered it (what Teams' votes come back on).
/// </summary>
/// <param name="Text">The question, already redacted.</param>
/// <param name="Reading">The reading the assistant chose ("Courses", "Topic:apar", "Courses+Deadline").</param>
/// <param name="AnswerKind">What kind of answer went out: <see cref="AnswerKinds"/>.</param>
/// <param name="Language">The language answered in ("English", "Hindi").</param>
/// <param name="ReplyIds">The activity ids of the answer's messages, as the channel gave them when they were sent.</param>
public sealed record AskedQuestion(DateTimeOffset AskedAt, string Text, string Reading, string AnswerKind, string Language, IReadOnlyList<string> ReplyIds);
