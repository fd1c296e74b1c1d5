using System.Text.Json;
using System.Text.Json.Nodes;
using KarmayogiBot.Protocol.Schema;

namespace KarmayogiBot.Bot.Teams;

/// <summary>
/// A vote from Teams' feedback buttons: the invoke <c>message/submitAction</c> with
/// <c>value: { actionName: "feedback", actionValue: { reaction: "like" | "dislike", feedback: "{\"feedbackText\":\"...\"}" } }</c>
/// on the answer <c>replyToId</c>.
/// </summary>
/// <param name="Reaction"><c>like</c> or <c>dislike</c>.</param>
/// <param name="Comment">What the officer wrote in Teams' form; empty for none.</param>
public sealed record FeedbackVote(string Reaction, string Comment, string? ReplyToId)
{
    public const string InvokeName = "message/submitAction";

    /// <summary>The vote, or null when the invoke is not a feedback vote Teams would send.</summary>
    public static FeedbackVote? Read(Activity invoke)
    {
        if (invoke.Value is not JsonObject value
            || (string?)value["actionName"] is not "feedback"
            || value["actionValue"] is not JsonObject action
            || action["reaction"] is not JsonValue reactionNode
            || !reactionNode.TryGetValue<string>(out var reaction)
            || reaction is not ("like" or "dislike"))
        {
            return null;
        }

        return new FeedbackVote(reaction, CommentOf(action["feedback"]), invoke.ReplyToId);
    }

    /// <summary>Teams sends the form as a JSON string (<c>{"feedbackText":"..."}</c>); some clients send the object.</summary>
    private static string CommentOf(JsonNode? feedback)
    {
        var form = feedback;
        if (feedback is JsonValue text && text.TryGetValue<string>(out var json))
        {
            try
            {
                form = JsonNode.Parse(json);
            }
            catch (JsonException)
            {
                return json;
            }
        }

        return form is JsonObject o && o["feedbackText"] is JsonValue v && v.TryGetValue<string>(out var comment) ? comment : "";
    }
}
