using System.Text.Json.Nodes;
using KarmayogiBot.Protocol.Schema;

namespace KarmayogiBot.Worker.Delivery;

/// <summary>An outbox payload: a message activity with an Adaptive Card whose fallback is the plain text, and the client-side id that marks it.</summary>
public static class MessagePayload
{
    /// <summary>The activity JSON: no text beside the card (Teams would show both); the plain text is the card's fallback, its first line the notification's summary.</summary>
    public static string Create(string messageId, JsonObject card)
    {
        var activity = Activity.CreateMessageActivity();
        activity.Id = messageId;
        activity.TextFormat = "markdown";
        activity.Attachments = [Attachment.AdaptiveCard(card)];
        activity.Summary = card["fallbackText"]?.GetValue<string>().Split('\n', 2)[0];
        return ProtocolJson.Serialize(activity);
    }

    /// <summary>The client-generated id of a message: stable for its outbox key, so a message sent twice is recognisable as one.</summary>
    public static string MessageId(string kind, string employeeCode, DateOnly day) => $"kyb-{kind}-{employeeCode}-{day:yyyyMMdd}";
}
