using KarmayogiBot.Protocol.Authentication;
using KarmayogiBot.Protocol.Connector;
using KarmayogiBot.Protocol.Schema;

namespace KarmayogiBot.Protocol.Turns;

/// <summary>One turn: the activity received, who sent it, and how to answer.</summary>
public interface ITurnContext
{
    /// <summary>The inbound activity (for a proactive turn, a <c>ContinueConversation</c> event built from the reference).</summary>
    Activity Activity { get; }

    /// <summary>The authenticated caller (anonymous when authentication is off or the turn is proactive).</summary>
    InboundIdentity Identity { get; }

    /// <summary>The connector of the activity's service URL (created on first use).</summary>
    IConnectorClient Connector { get; }

    /// <summary>Per-turn values shared between the handler's steps.</summary>
    IDictionary<string, object?> TurnState { get; }

    /// <summary>True once an activity was sent in this turn.</summary>
    bool Responded { get; }

    /// <summary>The answer to an invoke activity; the adapter answers 501 when none is set.</summary>
    InvokeResponse? InvokeResponse { get; set; }

    /// <summary>
    /// Sends <paramref name="activity"/> to the turn's conversation, filling what it does not set from the inbound
    /// activity (from = bot, recipient = user, conversation, serviceUrl, channel, locale, replyToId = inbound id).
    /// With a replyToId it uses the reply endpoint, else send-to-conversation.
    /// </summary>
    Task<ResourceResponse> SendActivityAsync(Activity activity, CancellationToken cancellationToken = default);

    /// <summary>Sends a plain text message (see <see cref="SendActivityAsync(Activity, CancellationToken)"/>).</summary>
    Task<ResourceResponse> SendActivityAsync(string text, CancellationToken cancellationToken = default);

    /// <summary>Replies to the inbound activity with <paramref name="text"/>: <see cref="Activity.CreateReply"/> sent through the reply endpoint.</summary>
    Task<ResourceResponse> ReplyAsync(string text, CancellationToken cancellationToken = default);

    /// <summary>Replaces the message <c>activity.Id</c> (e.g. a card after a click) in the turn's conversation.</summary>
    Task<ResourceResponse> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken = default);

    /// <summary>Deletes the message <paramref name="activityId"/> from the turn's conversation.</summary>
    Task DeleteActivityAsync(string activityId, CancellationToken cancellationToken = default);
}
