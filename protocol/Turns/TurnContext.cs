using KarmayogiBot.Protocol.Authentication;
using KarmayogiBot.Protocol.Connector;
using KarmayogiBot.Protocol.Schema;

namespace KarmayogiBot.Protocol.Turns;

/// <summary>The <see cref="ITurnContext"/> the adapter runs a turn with; tests can build one over a fake connector factory.</summary>
public sealed class TurnContext : ITurnContext
{
    private readonly Lazy<IConnectorClient> connector;
    private readonly ConversationReference reference;

    public TurnContext(Activity activity, InboundIdentity identity, IConnectorClientFactory connectorFactory)
    {
        Activity = activity ?? throw new ArgumentNullException(nameof(activity));
        Identity = identity ?? throw new ArgumentNullException(nameof(identity));
        ArgumentNullException.ThrowIfNull(connectorFactory);
        reference = activity.GetConversationReference();
        connector = new Lazy<IConnectorClient>(() => connectorFactory.Create(
            activity.ServiceUrl ?? throw new InvalidOperationException("The activity has no serviceUrl to answer to.")));
    }

    public Activity Activity { get; }

    public InboundIdentity Identity { get; }

    public IConnectorClient Connector => connector.Value;

    public IDictionary<string, object?> TurnState { get; } = new Dictionary<string, object?>(StringComparer.Ordinal);

    public bool Responded { get; private set; }

    public InvokeResponse? InvokeResponse { get; set; }

    public async Task<ResourceResponse> SendActivityAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        activity.Type ??= ActivityTypes.Message;
        activity.ApplyConversationReference(reference, setReplyToId: true);
        var conversationId = activity.Conversation?.Id
            ?? throw new InvalidOperationException("The turn has no conversation to send to.");

        var response = string.IsNullOrEmpty(activity.ReplyToId)
            ? await Connector.SendToConversationAsync(conversationId, activity, cancellationToken).ConfigureAwait(false)
            : await Connector.ReplyToActivityAsync(conversationId, activity.ReplyToId, activity, cancellationToken).ConfigureAwait(false);
        Responded = true;
        return response;
    }

    public Task<ResourceResponse> SendActivityAsync(string text, CancellationToken cancellationToken = default) =>
        SendActivityAsync(MessageFactory.Text(text), cancellationToken);

    public Task<ResourceResponse> ReplyAsync(string text, CancellationToken cancellationToken = default) =>
        SendActivityAsync(Activity.CreateReply(text), cancellationToken);

    public async Task<ResourceResponse> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentException.ThrowIfNullOrEmpty(activity.Id, nameof(activity));
        activity.Type ??= ActivityTypes.Message;
        activity.ApplyConversationReference(reference, setReplyToId: false);
        var conversationId = activity.Conversation?.Id
            ?? throw new InvalidOperationException("The turn has no conversation.");
        return await Connector.UpdateActivityAsync(conversationId, activity.Id, activity, cancellationToken).ConfigureAwait(false);
    }

    public Task DeleteActivityAsync(string activityId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(activityId);
        var conversationId = Activity.Conversation?.Id
            ?? throw new InvalidOperationException("The turn has no conversation.");
        return Connector.DeleteActivityAsync(conversationId, activityId, cancellationToken);
    }
}
