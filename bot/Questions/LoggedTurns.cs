using KarmayogiBot.Assistant;
using KarmayogiBot.Domain.Officers;
using KarmayogiBot.Domain.Questions;

namespace KarmayogiBot.Bot.Questions;

/// <summary>What the question log keeps of a turn and of a vote: the text without personal data (<see cref="PersonalDataRedactor"/>).</summary>
public static class LoggedTurns
{
    /// <summary>The turn's question, or null when nothing was asked in words (a form of fields, an empty message).</summary>
    /// <param name="replyIds">The ids the channel gave the reply's messages.</param>
    public static AskedQuestion? Question(AssistantReply reply, UserIdentity user, Officer? officer, IReadOnlyList<string> replyIds, DateTimeOffset at)
    {
        if (string.IsNullOrWhiteSpace(reply.Asked))
        {
            return null;
        }

        var text = PersonalDataRedactor.Redact(reply.Asked.Trim(), [user.Name, officer?.Name, reply.NamedOfficer]);
        return new AskedQuestion(at, text, reply.Reading, Stored(reply.Kind), reply.Language.ToString(), replyIds);
    }

    /// <summary>A vote with its comment redacted of the voter's name (as the channel sent it) and of any e-mail, phone or code.</summary>
    public static QuestionVote Vote(string replyId, string reaction, string comment, string? voterName, DateTimeOffset at) =>
        new(replyId, reaction, PersonalDataRedactor.Redact(comment.Trim(), [voterName]), at);

    private static string Stored(AnswerKind kind) => kind switch
    {
        AnswerKind.Refused => AnswerKinds.Refused,
        AnswerKind.Clarify => AnswerKinds.Clarify,
        AnswerKind.CircularsDoNotSay => AnswerKinds.CircularsDoNotSay,
        AnswerKind.NotUnderstood => AnswerKinds.NotUnderstood,
        _ => AnswerKinds.Answered,
    };
}
