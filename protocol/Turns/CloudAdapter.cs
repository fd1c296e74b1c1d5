using Stopwatch = System.Diagnostics.Stopwatch;
using System.Text.Json;
using KarmayogiBot.Protocol.Authentication;
using KarmayogiBot.Protocol.Connector;
using KarmayogiBot.Protocol.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KarmayogiBot.Protocol.Turns;

/// <summary>
/// Turns an inbound HTTP request (body and Authorization header, no ASP.NET types) into a turn of an
/// <see cref="IBot"/> and tells the host what to answer: 401 for a bad or missing token (nothing read further),
/// 413 for a body over <see cref="BotOptions.MaxRequestBodyBytes"/>, 400 for malformed JSON (a UTF-8 byte-order mark is
/// accepted), no <c>type</c>, no <c>conversation.id</c> or no absolute http(s) <c>serviceUrl</c>,
/// 503 when the OpenID metadata cannot be fetched,
/// the invoke's status and body for invokes (501 when unhandled), 200 for everything else. A failing turn goes to
/// the one error handler, which logs and sends the user an apology; it never escapes.
/// </summary>
public sealed class CloudAdapter
{
    private readonly BotAuthenticator authenticator;
    private readonly IConnectorClientFactory connectorFactory;
    private readonly ServiceUrlTrust trust;
    private readonly BotOptions options;
    private readonly ILogger<CloudAdapter> logger;

    public CloudAdapter(
        BotAuthenticator authenticator,
        IConnectorClientFactory connectorFactory,
        ServiceUrlTrust trust,
        IOptions<BotOptions> options,
        ILogger<CloudAdapter> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.authenticator = authenticator ?? throw new ArgumentNullException(nameof(authenticator));
        this.connectorFactory = connectorFactory ?? throw new ArgumentNullException(nameof(connectorFactory));
        this.trust = trust ?? throw new ArgumentNullException(nameof(trust));
        this.options = options.Value;
        this.logger = logger ?? throw new ArgumentNullException(nameof(logger));
    }

    /// <summary>Processes one <c>POST /api/messages</c> request.</summary>
    /// <param name="body">The request body (read at most <see cref="BotOptions.MaxRequestBodyBytes"/> + 1 bytes).</param>
    /// <param name="authorizationHeader">The raw Authorization header, or null.</param>
    /// <param name="bot">The bot to run the turn with.</param>
    /// <param name="cancellationToken">The request's cancellation.</param>
    public async Task<AdapterResponse> ProcessAsync(Stream body, string? authorizationHeader, IBot bot, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(bot);

        InboundIdentity identity;
        try
        {
            identity = await authenticator.AuthenticateRequestAsync(authorizationHeader, cancellationToken).ConfigureAwait(false);
        }
        catch (BotAuthenticationException ex)
        {
            logger.LogWarning("Rejected an inbound request: {Reason}", ex.Message);
            return new AdapterResponse(401);
        }
        catch (Exception ex) when (IsMetadataUnavailable(ex))
        {
            // Logged once per back-off by the authenticator's document retriever, not once per request.
            logger.LogDebug(ex, "Could not authenticate an inbound request: the OpenID metadata is unavailable");
            return new AdapterResponse(503);
        }

        byte[]? bytes;
        try
        {
            bytes = await ReadCappedAsync(body, options.MaxRequestBodyBytes, cancellationToken).ConfigureAwait(false);
        }
        catch (IOException ex)
        {
            logger.LogWarning("Could not read an inbound activity: {Reason}", ex.Message);
            return new AdapterResponse(400);
        }

        if (bytes is null)
        {
            logger.LogWarning("Rejected an inbound activity over {MaxRequestBodyBytes} bytes", options.MaxRequestBodyBytes);
            return new AdapterResponse(413);
        }

        Activity? activity;
        try
        {
            activity = ProtocolJson.Deserialize<Activity>(WithoutByteOrderMark(bytes));
        }
        catch (JsonException ex)
        {
            logger.LogWarning("Rejected a malformed inbound activity: {Reason}", ex.Message);
            return new AdapterResponse(400);
        }

        if (activity is null || string.IsNullOrWhiteSpace(activity.Type))
        {
            logger.LogWarning("Rejected an inbound activity without a type");
            return new AdapterResponse(400);
        }

        if (string.IsNullOrWhiteSpace(activity.Conversation?.Id) || !IsServiceUrl(activity.ServiceUrl))
        {
            logger.LogWarning("Rejected a {ActivityType} activity without a conversation id or an absolute http(s) serviceUrl", activity.Type);
            return new AdapterResponse(400);
        }

        try
        {
            await authenticator.ValidateActivityAsync(identity, activity, cancellationToken).ConfigureAwait(false);
        }
        catch (BotAuthenticationException ex)
        {
            logger.LogWarning("Rejected a {ActivityType} activity: {Reason}", activity.Type, ex.Message);
            return new AdapterResponse(401);
        }
        catch (Exception ex) when (IsMetadataUnavailable(ex))
        {
            logger.LogDebug(ex, "Could not check the token's endorsements: the JWKS is unavailable");
            return new AdapterResponse(503);
        }

        if (identity.Issuer == TokenIssuerKind.BotFramework && activity.ServiceUrl is not null)
        {
            trust.TrustAuthenticated(activity.ServiceUrl);
        }

        return await RunTurnAsync(activity, identity, bot, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Runs <paramref name="callback"/> in a proactive turn of the conversation <paramref name="reference"/> points to
    /// (send with <see cref="ITurnContext.SendActivityAsync(Activity, CancellationToken)"/>). Errors propagate to the
    /// caller: a <see cref="ConnectorException"/> with 403 means the user cannot be reached.
    /// </summary>
    public async Task ContinueConversationAsync(
        ConversationReference reference, Func<ITurnContext, CancellationToken, Task> callback, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(callback);
        var context = new TurnContext(reference.GetContinuationActivity(), InboundIdentity.Anonymous, connectorFactory);
        await callback(context, cancellationToken).ConfigureAwait(false);
    }

    private static ReadOnlySpan<byte> WithoutByteOrderMark(byte[] bytes) =>
        bytes.AsSpan().StartsWith("\uFEFF"u8) ? bytes.AsSpan(3) : bytes;

    private static bool IsServiceUrl(string? serviceUrl) =>
        Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    private static bool IsMetadataUnavailable(Exception ex) => ex is InvalidOperationException or IOException or HttpRequestException;

    private static async Task<byte[]?> ReadCappedAsync(Stream body, int maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private async Task<AdapterResponse> RunTurnAsync(Activity activity, InboundIdentity identity, IBot bot, CancellationToken cancellationToken)
    {
        var context = new TurnContext(activity, identity, connectorFactory);
        var started = Stopwatch.GetTimestamp();
        var isInvoke = activity.Type == ActivityTypes.Invoke;
        try
        {
            await bot.OnTurnAsync(context, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            logger.LogInformation("A {ActivityType} turn was cancelled: the caller went away", activity.Type);
            return new AdapterResponse(isInvoke ? 500 : 200);
        }
        catch (Exception ex)
        {
            await OnTurnErrorAsync(context, ex).ConfigureAwait(false);
            return new AdapterResponse(isInvoke ? 500 : 200);
        }

        logger.LogDebug("Handled a {ActivityType} activity in {ElapsedMs} ms",
            activity.Type, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);

        if (!isInvoke)
        {
            return AdapterResponse.Ok;
        }

        var invokeResponse = context.InvokeResponse ?? InvokeResponse.NotImplemented;
        return new AdapterResponse(
            invokeResponse.Status,
            invokeResponse.Body is null ? null : JsonSerializer.SerializeToUtf8Bytes(invokeResponse.Body, ProtocolJson.Options));
    }

    /// <summary>The one error handler: logs the failure and apologises to the user of a message or invoke turn.</summary>
    private async Task OnTurnErrorAsync(TurnContext context, Exception exception)
    {
        var activity = context.Activity;
        logger.LogError(exception, "The {ActivityType} turn {ActivityId} in a {ConversationType} conversation failed",
            activity.Type, activity.Id, activity.Conversation?.ConversationType);

        if (activity.Type is not (ActivityTypes.Message or ActivityTypes.Invoke)
            || string.IsNullOrEmpty(activity.ServiceUrl)
            || string.IsNullOrEmpty(activity.Conversation?.Id))
        {
            return;
        }

        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await context.SendActivityAsync(MessageFactory.Text(options.ErrorReplyText), timeout.Token).ConfigureAwait(false);
        }
        catch (Exception sendException)
        {
            logger.LogError(sendException, "Could not send the apology for the failed {ActivityType} turn {ActivityId}", activity.Type, activity.Id);
        }
    }
}
