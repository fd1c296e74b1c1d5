using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using KarmayogiBot.Protocol.Authentication;
using KarmayogiBot.Protocol.Schema;
using Microsoft.Extensions.Logging;
using Polly;

namespace KarmayogiBot.Protocol.Connector;

/// <summary>
/// The Bot Connector v3 client of one service URL, over an <see cref="HttpClient"/>: ids escaped with
/// <see cref="Uri.EscapeDataString"/>, the bot's token (when authentication is on) only to a trusted service URL,
/// rate limits per conversation and per app, retries of transient failures. Create it with
/// <see cref="ConnectorClientFactory"/>.
/// </summary>
public sealed class ConnectorClient : IConnectorClient
{
    private const int MaxErrorBodyChars = 64 * 1024;

    private readonly HttpClient httpClient;
    private readonly ITokenProvider tokenProvider;
    private readonly ServiceUrlTrust trust;
    private readonly ConnectorRateLimiter rateLimiter;
    private readonly ResiliencePipeline<HttpResponseMessage> pipeline;
    private readonly ILogger logger;

    internal ConnectorClient(
        Uri serviceUrl,
        HttpClient httpClient,
        ITokenProvider tokenProvider,
        ServiceUrlTrust trust,
        ConnectorRateLimiter rateLimiter,
        ResiliencePipeline<HttpResponseMessage> pipeline,
        ILogger logger)
    {
        ServiceUrl = serviceUrl;
        this.httpClient = httpClient;
        this.tokenProvider = tokenProvider;
        this.trust = trust;
        this.rateLimiter = rateLimiter;
        this.pipeline = pipeline;
        this.logger = logger;
    }

    public Uri ServiceUrl { get; }

    public async Task<ResourceResponse> ReplyToActivityAsync(string conversationId, string activityId, Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentException.ThrowIfNullOrEmpty(activityId);
        ArgumentNullException.ThrowIfNull(activity);
        return await SendAsync<ResourceResponse>(
            "ReplyToActivity", HttpMethod.Post, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}",
            conversationId, ProtocolJson.SerializeToUtf8Bytes(activity), cancellationToken).ConfigureAwait(false)
            ?? new ResourceResponse();
    }

    public async Task<ResourceResponse> SendToConversationAsync(string conversationId, Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentNullException.ThrowIfNull(activity);
        return await SendAsync<ResourceResponse>(
            "SendToConversation", HttpMethod.Post, $"v3/conversations/{Escape(conversationId)}/activities",
            conversationId, ProtocolJson.SerializeToUtf8Bytes(activity), cancellationToken).ConfigureAwait(false)
            ?? new ResourceResponse();
    }

    public async Task<ResourceResponse> UpdateActivityAsync(string conversationId, string activityId, Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentException.ThrowIfNullOrEmpty(activityId);
        ArgumentNullException.ThrowIfNull(activity);
        return await SendAsync<ResourceResponse>(
            "UpdateActivity", HttpMethod.Put, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}",
            conversationId, ProtocolJson.SerializeToUtf8Bytes(activity), cancellationToken).ConfigureAwait(false)
            ?? new ResourceResponse(activityId);
    }

    public async Task DeleteActivityAsync(string conversationId, string activityId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentException.ThrowIfNullOrEmpty(activityId);
        await SendAsync<ResourceResponse>(
            "DeleteActivity", HttpMethod.Delete, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}",
            conversationId, null, cancellationToken).ConfigureAwait(false);
    }

    public async Task<ConversationResourceResponse> CreateConversationAsync(ConversationParameters parameters, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return await SendAsync<ConversationResourceResponse>(
            "CreateConversation", HttpMethod.Post, "v3/conversations",
            null, ProtocolJson.SerializeToUtf8Bytes(parameters), cancellationToken).ConfigureAwait(false)
            ?? throw new ConnectorException("CreateConversation", HttpStatusCode.OK, "EmptyResponse", "The connector answered no conversation id.");
    }

    public async Task<TeamsMember> GetConversationMemberAsync(string conversationId, string userId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentException.ThrowIfNullOrEmpty(userId);
        return await SendAsync<TeamsMember>(
            "GetConversationMember", HttpMethod.Get, $"v3/conversations/{Escape(conversationId)}/members/{Escape(userId)}",
            null, null, cancellationToken).ConfigureAwait(false)
            ?? throw new ConnectorException("GetConversationMember", HttpStatusCode.OK, "EmptyResponse", "The connector answered no member.");
    }

    public async Task<PagedMembersResult> GetPagedMembersAsync(string conversationId, int? pageSize = null, string? continuationToken = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        var query = new StringBuilder();
        if (pageSize is { } size)
        {
            query.Append(query.Length == 0 ? '?' : '&').Append("pageSize=").Append(size.ToString(CultureInfo.InvariantCulture));
        }

        if (!string.IsNullOrEmpty(continuationToken))
        {
            query.Append(query.Length == 0 ? '?' : '&').Append("continuationToken=").Append(Escape(continuationToken));
        }

        return await SendAsync<PagedMembersResult>(
            "GetPagedMembers", HttpMethod.Get, $"v3/conversations/{Escape(conversationId)}/pagedmembers{query}",
            null, null, cancellationToken).ConfigureAwait(false)
            ?? new PagedMembersResult { Members = [] };
    }

    private static string Escape(string value) => Uri.EscapeDataString(value);

    private static (string? Code, string? Message) ParseError(string body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return (null, null);
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, null);
            }

            if (root.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object)
            {
                return (AsText(error, "code"), AsText(error, "message"));
            }

            return (AsText(root, "errorCode"), AsText(root, "message"));
        }
        catch (JsonException)
        {
            return (null, null);
        }

        static string? AsText(JsonElement element, string name) =>
            element.TryGetProperty(name, out var value)
                ? value.ValueKind switch
                {
                    JsonValueKind.String => value.GetString(),
                    JsonValueKind.Number => value.GetRawText(),
                    _ => null,
                }
                : null;
    }

    private async Task<T?> SendAsync<T>(
        string operation,
        HttpMethod method,
        string relativePath,
        string? rateLimitKey,
        byte[]? payload,
        CancellationToken cancellationToken)
        where T : class
    {
        if (!trust.IsTrusted(ServiceUrl))
        {
            logger.LogWarning("Refused connector {Operation} to untrusted host {ServiceHost}", operation, ServiceUrl.Host);
            throw new UntrustedServiceUrlException(ServiceUrl);
        }

        var requestUri = new Uri(ServiceUrl, relativePath);
        using var response = await pipeline.ExecuteAsync(
            async token =>
            {
                using var lease = await rateLimiter.AcquireAsync(rateLimitKey, token).ConfigureAwait(false);
                using var request = new HttpRequestMessage(method, requestUri);
                if (payload is not null)
                {
                    request.Content = new ByteArrayContent(payload);
                    request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
                }

                var accessToken = await tokenProvider.GetAccessTokenAsync(token).ConfigureAwait(false);
                if (accessToken is not null)
                {
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
                }

                return await httpClient.SendAsync(request, HttpCompletionOption.ResponseContentRead, token).ConfigureAwait(false);
            },
            cancellationToken).ConfigureAwait(false);

        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            var (code, message) = ParseError(body.Length > MaxErrorBodyChars ? body[..MaxErrorBodyChars] : body);
            logger.LogWarning("Connector {Operation} failed with {StatusCode} {ErrorCode}", operation, (int)response.StatusCode, code);
            throw new ConnectorException(operation, response.StatusCode, code, message);
        }

        logger.LogDebug("Connector {Operation} answered {StatusCode}", operation, (int)response.StatusCode);
        if (string.IsNullOrWhiteSpace(body))
        {
            return null;
        }

        try
        {
            return ProtocolJson.Deserialize<T>(body);
        }
        catch (JsonException ex)
        {
            throw new ConnectorException(operation, response.StatusCode, "InvalidResponseBody", "The connector's answer is not the expected JSON.", ex);
        }
    }
}
