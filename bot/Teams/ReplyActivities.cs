using KarmayogiBot.Assistant;
using KarmayogiBot.Protocol.Schema;

namespace KarmayogiBot.Bot.Teams;

/// <summary>The assistant's replies as Bot Framework message activities: text, an Adaptive Card attachment, suggested replies.</summary>
public static class ReplyActivities
{
    public static Activity ToActivity(ReplyMessage reply)
    {
        var activity = Activity.CreateMessageActivity(reply.CardJson is null ? reply.Text : null);
        activity.TextFormat = "markdown";
        if (reply.CardJson is { } card)
        {
            activity.Attachments = [Attachment.AdaptiveCard(card)];
            activity.Summary = reply.CardFallbackText;
        }

        if (reply.Suggestions is { Count: > 0 } suggestions)
        {
            activity.SuggestedActions = new SuggestedActions { Actions = suggestions.Select(s => CardAction.ImBack(s, s)).ToList() };
        }

        return activity;
    }
}
