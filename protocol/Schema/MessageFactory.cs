namespace KarmayogiBot.Protocol.Schema;

/// <summary>Short-hands for outgoing message activities (the SDK's names).</summary>
public static class MessageFactory
{
    /// <summary>A plain message with <paramref name="text"/>.</summary>
    public static Activity Text(string text) => Activity.CreateMessageActivity(text);

    /// <summary>A message carrying <paramref name="attachment"/> and optional <paramref name="text"/>.</summary>
    public static Activity Attachment(Attachment attachment, string? text = null)
    {
        ArgumentNullException.ThrowIfNull(attachment);
        var activity = Activity.CreateMessageActivity(text);
        activity.Attachments = [attachment];
        return activity;
    }
}
