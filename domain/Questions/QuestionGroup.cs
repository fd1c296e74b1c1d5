namespace KarmayogiBot.Domain.Questions;

/// <summary>Questions worded alike (<see cref="QuestionGrouping"/>), most asked first.</summary>
/// <param name="Wording">The group's most frequent wording, as asked (redacted).</param>
/// <param name="Readings">How the group's questions were read, most frequent first.</param>
/// <param name="AnswerKinds">What kind of answers went out, most frequent first.</param>
/// <param name="Wordings">Every distinct wording in the group, most frequent first.</param>
public sealed record QuestionGroup(
    string Wording,
    int Count,
    int Likes,
    int Dislikes,
    IReadOnlyList<string> Readings,
    IReadOnlyList<string> AnswerKinds,
    IReadOnlyList<string> Wordings,
    IReadOnlyList<string> Comments,
    DateTimeOffset LastAsked);
