namespace KarmayogiBot.Domain.Conversations;

/// <summary>
/// What the bot remembers of a user across turns: the designation and formation they told it (for
/// officers not in the roster, or asking as themselves), and the question it is waiting an answer to.
/// </summary>
/// <param name="UserKey">The Teams user (Entra object id, else the channel user id).</param>
/// <param name="PendingIntent">The intent to carry on with once the pending question is answered.</param>
/// <param name="PendingQuestion">What the bot asked: "designation" or "formation".</param>
public sealed record ConversationMemory(
    string UserKey,
    string? Designation = null,
    string? Formation = null,
    string? PendingIntent = null,
    string? PendingQuestion = null,
    string? Language = null);
