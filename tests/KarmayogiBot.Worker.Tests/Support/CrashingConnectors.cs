using KarmayogiBot.Protocol.Connector;
using KarmayogiBot.Protocol.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace KarmayogiBot.Worker.Tests.Support;

/// <summary>Where a simulated crash stops the worker: before the Nth send reaches the connector, or after the connector took it.</summary>
public enum CrashPoint
{
    BeforeRequest,
    AfterResponse,
}

/// <summary>
/// The real connector client, but the worker "dies" at the <see cref="CrashPoint"/> of the Nth send: the pass's token is
/// cancelled and the call throws, so nothing after that point runs (no state is written), as with a SIGKILL.
/// </summary>
public sealed class CrashingConnectors(IConnectorClientFactory inner, CrashPoint point, int onSend, CancellationTokenSource process) : IConnectorClientFactory
{
    private int _sends;

    public static void Install(IServiceCollection services, CrashPoint point, int onSend, CancellationTokenSource process) =>
        services.AddSingleton<IConnectorClientFactory>(sp => new CrashingConnectors(ActivatorUtilities.CreateInstance<ConnectorClientFactory>(sp), point, onSend, process));

    public IConnectorClient Create(string serviceUrl) => new Client(inner.Create(serviceUrl), this);

    private async Task<ResourceResponse> SendAsync(IConnectorClient client, string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        var n = Interlocked.Increment(ref _sends);
        if (n == onSend && point == CrashPoint.BeforeRequest)
        {
            await process.CancelAsync();
            throw new OperationCanceledException(process.Token);
        }

        var response = await client.SendToConversationAsync(conversationId, activity, cancellationToken);
        if (n == onSend && point == CrashPoint.AfterResponse)
        {
            await process.CancelAsync();
            throw new OperationCanceledException(process.Token);
        }

        return response;
    }

    private sealed class Client(IConnectorClient inner, CrashingConnectors owner) : IConnectorClient
    {
        public Uri ServiceUrl => inner.ServiceUrl;

        public Task<ResourceResponse> SendToConversationAsync(string conversationId, Activity activity, CancellationToken cancellationToken = default) =>
            owner.SendAsync(inner, conversationId, activity, cancellationToken);

        public Task<ResourceResponse> ReplyToActivityAsync(string conversationId, string activityId, Activity activity, CancellationToken cancellationToken = default) =>
            inner.ReplyToActivityAsync(conversationId, activityId, activity, cancellationToken);

        public Task<ResourceResponse> UpdateActivityAsync(string conversationId, string activityId, Activity activity, CancellationToken cancellationToken = default) =>
            inner.UpdateActivityAsync(conversationId, activityId, activity, cancellationToken);

        public Task DeleteActivityAsync(string conversationId, string activityId, CancellationToken cancellationToken = default) =>
            inner.DeleteActivityAsync(conversationId, activityId, cancellationToken);

        public Task<ConversationResourceResponse> CreateConversationAsync(ConversationParameters parameters, CancellationToken cancellationToken = default) =>
            inner.CreateConversationAsync(parameters, cancellationToken);

        public Task<TeamsMember> GetConversationMemberAsync(string conversationId, string userId, CancellationToken cancellationToken = default) =>
            inner.GetConversationMemberAsync(conversationId, userId, cancellationToken);

        public Task<PagedMembersResult> GetPagedMembersAsync(string conversationId, int? pageSize = null, string? continuationToken = null, CancellationToken cancellationToken = default) =>
            inner.GetPagedMembersAsync(conversationId, pageSize, continuationToken, cancellationToken);
    }
}
