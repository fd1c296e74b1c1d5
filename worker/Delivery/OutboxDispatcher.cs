using System.Net;
using KarmayogiBot.Domain.Officers;
using KarmayogiBot.Infrastructure.Outbox;
using KarmayogiBot.Protocol.Authentication;
using KarmayogiBot.Protocol.Connector;
using KarmayogiBot.Protocol.Schema;
using KarmayogiBot.Worker.Options;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KarmayogiBot.Worker.Delivery;

/// <summary>
/// Delivers the outbox's messages of one day through the connector, exactly as planned: each lane waits for its
/// pacing slot, claims one row, opens a conversation when the officer has none (Entra object id, Teams:ServiceUrl,
/// Teams:TenantId), marks the row <c>sending</c>, sends, and marks it <c>sent</c> with the connector's id. 429, 412
/// and 5xx put the row back to planned with back-off (the connector client's own retries are off in the worker, so
/// every HTTP attempt is bracketed by a committed state); 403 marks the officer unreachable; 404 forgets the stale
/// conversation. Rows another worker left <c>sending</c> past its lease are in doubt and are sent again or failed
/// (<see cref="DeliveryOptions.ResendInDoubt"/>). Returns when no row of the day is left to send.
/// </summary>
public sealed class OutboxDispatcher(
    OutboxStore outbox,
    IConnectorClientFactory connectors,
    IConversationStore conversations,
    SendPacer pacer,
    WorkerIdentity identity,
    IOptions<DeliveryOptions> deliveryOptions,
    IOptions<TeamsOptions> teamsOptions,
    IOptions<BotAuthenticationOptions> botOptions,
    TimeProvider clock,
    ILogger<OutboxDispatcher> logger)
{
    private static readonly TimeSpan IdlePoll = TimeSpan.FromMilliseconds(250);

    private readonly DeliveryOptions _delivery = deliveryOptions.Value;

    /// <param name="planning">While it runs, more rows may still be written: the lanes wait for it before they finish.</param>
    public async Task<DispatchResult> RunAsync(DateOnly day, IReadOnlyList<string> kinds, CancellationToken cancellationToken = default, Task? planning = null)
    {
        var tally = new Tally();
        var recovered = await RecoverAsync(day, kinds, cancellationToken).ConfigureAwait(false);
        tally.Add(ref tally.InDoubt, recovered);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var heartbeat = HeartbeatAsync(stop.Token);
        try
        {
            var lanes = Enumerable.Range(0, Math.Max(1, _delivery.MaxConcurrency)).Select(_ => LaneAsync(day, kinds, planning, tally, cancellationToken)).ToList();
            await Task.WhenAll(lanes).ConfigureAwait(false);
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            await heartbeat.ConfigureAwait(false);
        }

        return new DispatchResult(tally.Sent, tally.Failed, tally.Unreachable, tally.Retried, tally.Created, tally.InDoubt);
    }

    private async Task<int> RecoverAsync(DateOnly day, IReadOnlyList<string> kinds, CancellationToken cancellationToken)
    {
        var recovered = await outbox.RecoverInDoubtAsync(day, kinds, _delivery.ResendInDoubt, clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        if (recovered.Count > 0)
        {
            logger.LogWarning(
                "{Count} outbox messages were left sending by a worker that stopped mid-request; whether Teams got them is unknown: {Action} (rows {Rows})",
                recovered.Count, _delivery.ResendInDoubt ? "sending them again" : "not sending them again", string.Join(",", recovered));
        }

        return recovered.Count;
    }

    private async Task LaneAsync(DateOnly day, IReadOnlyList<string> kinds, Task? planning, Tally tally, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            await pacer.WaitAsync(cancellationToken).ConfigureAwait(false);
            var row = await outbox.ClaimAsync(identity.Name, day, kinds, clock.GetUtcNow(), _delivery.Lease, cancellationToken).ConfigureAwait(false);
            if (row is null)
            {
                var counts = await outbox.CountAsync(day, kinds, cancellationToken).ConfigureAwait(false);
                if (counts.Pending == 0 && (planning is null || planning.IsCompleted))
                {
                    return;
                }

                // Rows waiting for a retry, claimed or in flight elsewhere (a live worker finishes them; a dead one's
                // lease runs out, and then they are claimed again or, when in doubt, recovered): look again shortly.
                var recovered = await RecoverAsync(day, kinds, cancellationToken).ConfigureAwait(false);
                tally.Add(ref tally.InDoubt, recovered);
                await Task.Delay(IdlePoll, clock, cancellationToken).ConfigureAwait(false);
                continue;
            }

            await DeliverAsync(row, tally, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task DeliverAsync(ClaimedMessage row, Tally tally, CancellationToken cancellationToken)
    {
        var activity = ProtocolJson.Deserialize<Activity>(row.Payload)
            ?? throw new InvalidOperationException($"Outbox row {row.Id} has no activity.");
        var conversation = row.Conversation;
        if (conversation is null)
        {
            conversation = await OpenConversationAsync(row, tally, cancellationToken).ConfigureAwait(false);
            if (conversation is null)
            {
                return;
            }

            await pacer.WaitAsync(cancellationToken).ConfigureAwait(false);
        }

        activity.Conversation = new ConversationAccount(conversation.ConversationId);
        activity.Id ??= row.MessageId;
        IConnectorClient client;
        try
        {
            client = connectors.Create(conversation.ServiceUrl);
        }
        catch (ArgumentException e)
        {
            await outbox.MarkFailedAsync(row.Id, identity.Name, $"bad service URL: {e.Message}", clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
            tally.Add(ref tally.Failed);
            return;
        }

        if (!await outbox.MarkSendingAsync(row.Id, identity.Name, clock.GetUtcNow(), _delivery.Lease, cancellationToken).ConfigureAwait(false))
        {
            logger.LogWarning("Outbox row {RowId} was taken over by another worker before it was sent", row.Id);
            return;
        }

        try
        {
            var response = await client.SendToConversationAsync(conversation.ConversationId, activity, cancellationToken).ConfigureAwait(false);
            if (!await outbox.MarkSentAsync(row.Id, identity.Name, conversation.ConversationId, response.Id, clock.GetUtcNow(), CancellationToken.None).ConfigureAwait(false))
            {
                logger.LogWarning("Outbox row {RowId} was sent, but its lease had run out and another worker took it over: it may be sent twice", row.Id);
            }

            tally.Add(ref tally.Sent);
            logger.LogDebug("Sent {Kind} {MessageId} to officer {EmployeeCode}", row.Kind, row.MessageId, row.EmployeeCode);
        }
        catch (ConnectorException e) when (e.IsForbidden)
        {
            await UnreachableAsync(row, "forbidden", e.ErrorCode, tally, cancellationToken).ConfigureAwait(false);
        }
        catch (ConnectorException e) when (e.IsNotFound)
        {
            // The stored conversation is gone: forget it; with an Entra object id the next attempt opens a new one.
            await conversations.DeleteAsync(row.EmployeeCode, cancellationToken).ConfigureAwait(false);
            if (row.AadObjectId is { Length: > 0 } && row.Attempts < _delivery.MaxAttempts)
            {
                await RetryAsync(row, TimeSpan.Zero, $"conversation not found ({e.ErrorCode})", tally, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await UnreachableAsync(row, "not-found", e.ErrorCode, tally, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (ConnectorException e) when (IsRefusal(e.StatusCode))
        {
            await RefusedAsync(row, e, tally, cancellationToken).ConfigureAwait(false);
        }
        catch (ConnectorException e)
        {
            logger.LogWarning("Connector refused {Kind} for officer {EmployeeCode} with {StatusCode} {ErrorCode}: not retried", row.Kind, row.EmployeeCode, (int)e.StatusCode, e.ErrorCode);
            await outbox.MarkFailedAsync(row.Id, identity.Name, e.Message, clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
            tally.Add(ref tally.Failed);
        }
        catch (UntrustedServiceUrlException e)
        {
            logger.LogWarning("The conversation of officer {EmployeeCode} is on an untrusted service URL {ServiceHost}; add it to Bot:TrustedServiceUrls", row.EmployeeCode, e.ServiceUrl.Host);
            await outbox.MarkFailedAsync(row.Id, identity.Name, e.Message, clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
            tally.Add(ref tally.Failed);
        }
        catch (HttpRequestException e) when (e.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError or HttpRequestError.SecureConnectionError)
        {
            // Nothing reached the connector: safe to send again.
            await RetryAsync(row, Backoff(row.Attempts + 1), e.Message, tally, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is HttpRequestException or TimeoutException || e is TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            // The request may have reached the connector before the connection broke: the message is in doubt.
            logger.LogWarning(e, "The send of outbox row {RowId} broke off; whether Teams got it is unknown", row.Id);
            if (_delivery.ResendInDoubt)
            {
                await RetryAsync(row, Backoff(row.Attempts + 1), $"in doubt: {e.Message}", tally, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await outbox.MarkFailedAsync(row.Id, identity.Name, $"in doubt: {e.Message}", clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
                tally.Add(ref tally.Failed);
            }
        }
    }

    private async Task<StoredConversationReference?> OpenConversationAsync(ClaimedMessage row, Tally tally, CancellationToken cancellationToken)
    {
        var teams = teamsOptions.Value;
        var tenant = string.IsNullOrWhiteSpace(teams.TenantId) ? botOptions.Value.OwnTenantId : teams.TenantId.Trim();
        if (row.AadObjectId is not { Length: > 0 } aad)
        {
            await UnreachableAsync(row, "no-address", null, tally, cancellationToken).ConfigureAwait(false);
            return null;
        }

        if (string.IsNullOrWhiteSpace(tenant) || string.IsNullOrWhiteSpace(teams.ServiceUrl))
        {
            logger.LogWarning("Officer {EmployeeCode} has no conversation with the bot and Teams:TenantId (or MicrosoftAppTenantId) / Teams:ServiceUrl is not configured to open one", row.EmployeeCode);
            await UnreachableAsync(row, "no-conversation", "TeamsNotConfigured", tally, cancellationToken).ConfigureAwait(false);
            return null;
        }

        var botId = "28:" + (botOptions.Value.MicrosoftAppId?.Trim() is { Length: > 0 } appId ? appId : "karmayogi-bot");
        try
        {
            var client = connectors.Create(teams.ServiceUrl);
            var created = await client.CreateConversationAsync(ConversationParameters.ForPersonalChat(botId, aad, tenant), cancellationToken).ConfigureAwait(false);
            if (string.IsNullOrEmpty(created.Id))
            {
                throw new ConnectorException("CreateConversation", HttpStatusCode.OK, "EmptyResponse", "No conversation id.");
            }

            var reference = new StoredConversationReference(
                row.EmployeeCode, created.Id, string.IsNullOrWhiteSpace(created.ServiceUrl) ? client.ServiceUrl.ToString() : created.ServiceUrl,
                tenant, aad, botId, "msteams", clock.GetUtcNow());
            await conversations.SaveAsync(reference, cancellationToken).ConfigureAwait(false);
            tally.Add(ref tally.Created);
            logger.LogDebug("Opened a Teams conversation with officer {EmployeeCode}", row.EmployeeCode);
            return reference;
        }
        catch (ConnectorException e) when (e.IsForbidden || e.IsNotFound)
        {
            await UnreachableAsync(row, e.IsForbidden ? "forbidden" : "not-found", e.ErrorCode, tally, cancellationToken).ConfigureAwait(false);
        }
        catch (ConnectorException e) when (IsRefusal(e.StatusCode))
        {
            await RefusedAsync(row, e, tally, cancellationToken).ConfigureAwait(false);
        }
        catch (ConnectorException e)
        {
            await outbox.MarkFailedAsync(row.Id, identity.Name, e.Message, clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
            tally.Add(ref tally.Failed);
        }
        catch (UntrustedServiceUrlException e)
        {
            logger.LogWarning("Teams:ServiceUrl {ServiceHost} is not trusted; add it to Bot:TrustedServiceUrls", e.ServiceUrl.Host);
            await outbox.MarkFailedAsync(row.Id, identity.Name, e.Message, clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
            tally.Add(ref tally.Failed);
        }
        catch (HttpRequestException e)
        {
            // Opening a conversation twice is harmless (Teams answers the same 1:1 conversation).
            await RetryAsync(row, Backoff(row.Attempts + 1), e.Message, tally, cancellationToken).ConfigureAwait(false);
        }

        return null;
    }

    private async Task RefusedAsync(ClaimedMessage row, ConnectorException e, Tally tally, CancellationToken cancellationToken)
    {
        if (row.Attempts + 1 >= _delivery.MaxAttempts)
        {
            logger.LogWarning("Giving up {Kind} for officer {EmployeeCode} after {Attempts} refusals ({StatusCode})", row.Kind, row.EmployeeCode, row.Attempts + 1, (int)e.StatusCode);
            await outbox.MarkFailedAsync(row.Id, identity.Name, e.Message, clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
            tally.Add(ref tally.Failed);
            return;
        }

        await RetryAsync(row, Backoff(row.Attempts + 1), e.Message, tally, cancellationToken).ConfigureAwait(false);
    }

    private async Task RetryAsync(ClaimedMessage row, TimeSpan delay, string reason, Tally tally, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await outbox.RetryLaterAsync(row.Id, identity.Name, now + delay, reason, now, cancellationToken).ConfigureAwait(false);
        tally.Add(ref tally.Retried);
        logger.LogDebug("Outbox row {RowId} retried in {Delay}: {Reason}", row.Id, delay, reason);
    }

    private async Task UnreachableAsync(ClaimedMessage row, string reason, string? errorCode, Tally tally, CancellationToken cancellationToken)
    {
        await outbox.MarkUnreachableAsync(row.Id, identity.Name, reason, errorCode, clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        tally.Add(ref tally.Unreachable);
        logger.LogInformation("Officer {EmployeeCode} is unreachable in Teams ({Reason} {ErrorCode}); listed for the nodal officer", row.EmployeeCode, reason, errorCode);
    }

    /// <summary>Exponential back-off with jitter from <see cref="DeliveryOptions.RetryBaseDelay"/>, capped.</summary>
    private TimeSpan Backoff(int attempt)
    {
        var baseDelay = _delivery.RetryBaseDelay.TotalMilliseconds * Math.Pow(2, Math.Max(0, attempt - 1));
        var jittered = baseDelay * (0.8 + Random.Shared.NextDouble() * 0.4);
        return TimeSpan.FromMilliseconds(Math.Min(jittered, _delivery.MaxRetryDelay.TotalMilliseconds));
    }

    /// <summary>The connector did not take the message and says to try again later.</summary>
    private static bool IsRefusal(HttpStatusCode status) => status is HttpStatusCode.TooManyRequests or HttpStatusCode.PreconditionFailed
        or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;

    private async Task HeartbeatAsync(CancellationToken cancellationToken)
    {
        var period = TimeSpan.FromSeconds(Math.Max(1, _delivery.LeaseSeconds / 3.0));
        try
        {
            while (true)
            {
                await Task.Delay(period, clock, cancellationToken).ConfigureAwait(false);
                await outbox.RenewLeasesAsync(identity.Name, clock.GetUtcNow(), _delivery.Lease, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private sealed class Tally
    {
        public int Sent;
        public int Failed;
        public int Unreachable;
        public int Retried;
        public int Created;
        public int InDoubt;

        public void Add(ref int counter, int by = 1) => Interlocked.Add(ref counter, by);
    }
}
