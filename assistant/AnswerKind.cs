namespace KarmayogiBot.Assistant;

/// <summary>
/// What kind of answer a message is, from a full answer to one that could not answer. Ordered: a turn whose messages
/// are of several kinds is of the last of them (<see cref="AssistantReply.Kind"/>), so "answered, then asked back" is
/// <see cref="Clarify"/>.
/// </summary>
public enum AnswerKind
{
    /// <summary>An answer from the circulars or the officer's records.</summary>
    Answered,

    /// <summary>Not shown by policy: another officer's record, a zone's figures to someone who is not its nodal officer.</summary>
    Refused,

    /// <summary>A question back: the designation, the formation, or which of two readings was meant.</summary>
    Clarify,

    /// <summary>Understood, but the circulars do not say it (a question they leave open, a plan not issued).</summary>
    CircularsDoNotSay,

    /// <summary>Not understood: outside the circulars, or a designation the catalog does not know.</summary>
    NotUnderstood,
}
