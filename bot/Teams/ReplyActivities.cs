using KarmayogiBot.Assistant;
using KarmayogiBot.Domain.Catalog;
using KarmayogiBot.Protocol.Schema;

namespace KarmayogiBot.Bot.Teams;

/// <summary>
/// The assistant's replies as Bot Framework message activities: text or an Adaptive Card attachment, the sources as
/// Teams citations (<see cref="MessageEntity"/>), Teams' feedback buttons, and at most
/// <see cref="MaxSuggestedActions"/> suggested replies.
/// </summary>
public static class ReplyActivities
{
    /// <summary>Teams shows no more than three suggested actions.</summary>
    public const int MaxSuggestedActions = 3;

    public static Activity ToActivity(ReplyMessage reply)
    {
        var activity = Activity.CreateMessageActivity(reply.CardJson is null ? reply.Text : null);
        activity.TextFormat = "markdown";
        activity.ChannelData = new TeamsChannelData { FeedbackLoop = new FeedbackLoop() };
        if (reply.CardJson is { } card)
        {
            // Teams shows no suggested actions on a message with attachments; the cards carry their choices as buttons.
            activity.Attachments = [Attachment.AdaptiveCard(card)];
            activity.Summary = reply.CardFallbackText;
        }
        else if (reply.Suggestions is { Count: > 0 } suggestions)
        {
            activity.SuggestedActions = new SuggestedActions
            {
                Actions = suggestions.Distinct(StringComparer.OrdinalIgnoreCase).Take(MaxSuggestedActions).Select(s => CardAction.ImBack(s, s)).ToList(),
            };
        }

        if (reply.Sources.Count > 0)
        {
            var citations = reply.Sources.Select((source, i) => Cited(i + 1, source, reply.Language)).ToList();
            if (activity.Text is null)
            {
                // The card carries the markers (CitationMarkers); the entity alone is added.
                activity.Entities = [MessageEntity.WithCitations(citations)];
            }
            else
            {
                MessageEntity.Cite(activity, citations);
            }
        }

        return activity;
    }

    /// <summary>A source as Teams shows it on hover: its name and, as the abstract, its number, date and place (in Hindi, its Hindi name and place).</summary>
    private static MessageCitation Cited(int position, Citation citation, Language language) => language == Language.Hindi
        ? new(position, citation.Source.ShortHi, citation.Source.Number + (string.IsNullOrWhiteSpace(citation.AtHi) ? "" : $", {citation.AtHi}"))
        : new(position, citation.Source.Title, $"{citation.Source.Number}, {citation.Source.Dated}" + (string.IsNullOrWhiteSpace(citation.At) ? "" : $", {citation.At}"));
}
