using KarmayogiBot.Protocol.Schema;

namespace KarmayogiBot.Protocol.Connector;

/// <summary>
/// The Bot Connector REST API (v3) of one service URL. Failures throw <see cref="ConnectorException"/> (403/404
/// at once, transient ones after retries); an untrusted service URL throws <see cref="UntrustedServiceUrlException"/>
/// before anything is sent.
/// </summary>
public interface IConnectorClient
{
    /// <summary>The base address, always ending with '/'.</summary>
    Uri ServiceUrl { get; }

    /// <summary><c>POST v3/conversations/{conversationId}/activities/{activityId}</c>.</summary>
    Task<ResourceResponse> ReplyToActivityAsync(string conversationId, string activityId, Activity activity, CancellationToken cancellationToken = default);

    /// <summary><c>POST v3/conversations/{conversationId}/activities</c> (also proactive messages).</summary>
    Task<ResourceResponse> SendToConversationAsync(string conversationId, Activity activity, CancellationToken cancellationToken = default);

    /// <summary><c>PUT v3/conversations/{conversationId}/activities/{activityId}</c>.</summary>
    Task<ResourceResponse> UpdateActivityAsync(string conversationId, string activityId, Activity activity, CancellationToken cancellationToken = default);

    /// <summary><c>DELETE v3/conversations/{conversationId}/activities/{activityId}</c>.</summary>
    Task DeleteActivityAsync(string conversationId, string activityId, CancellationToken cancellationToken = default);

    /// <summary><c>POST v3/conversations</c>; for a proactive 1:1 use <see cref="ConversationParameters.ForPersonalChat"/>.</summary>
    Task<ConversationResourceResponse> CreateConversationAsync(ConversationParameters parameters, CancellationToken cancellationToken = default);

    /// <summary><c>GET v3/conversations/{conversationId}/members/{userId}</c>: name, e-mail, UPN, object id of one member.</summary>
    Task<TeamsMember> GetConversationMemberAsync(string conversationId, string userId, CancellationToken cancellationToken = default);

    /// <summary><c>GET v3/conversations/{conversationId}/pagedmembers?pageSize=&amp;continuationToken=</c>.</summary>
    Task<PagedMembersResult> GetPagedMembersAsync(string conversationId, int? pageSize = null, string? continuationToken = null, CancellationToken cancellationToken = default);
}
