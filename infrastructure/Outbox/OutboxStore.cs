using System.Data.Common;
using System.Globalization;
using System.Text;
using KarmayogiBot.Domain.Officers;
using KarmayogiBot.Infrastructure.Storage;

namespace KarmayogiBot.Infrastructure.Outbox;

/// <summary>
/// The worker's outbox on SQLite or PostgreSQL: messages keyed (officer, kind, day), written before anything is
/// sent, then claimed one at a time (a conditional update; on PostgreSQL <c>FOR UPDATE SKIP LOCKED</c>, so several
/// workers share the rows), marked <c>sending</c> just before the HTTP request and <c>sent</c> just after
/// (<c>outbox_messages</c>; the tables beside it have their own stores: <see cref="ReachabilityStore"/>,
/// <see cref="NudgeEscalationStore"/>, <see cref="SummarySnapshotStore"/>). Instants are stored as Unix milliseconds
/// (UTC), days as yyyy-mm-dd (India dates).
/// </summary>
public sealed class OutboxStore(KarmayogiDatabase database)
{
    private const string DayFormat = "yyyy-MM-dd";

    /// <summary>Writes the messages in one transaction; a message whose (officer, kind, day) exists already is left as it is.</summary>
    /// <returns>The messages written (the others existed, or name no officer).</returns>
    public async Task<IReadOnlyList<PlannedMessage>> PlanAsync(
        string runId, IReadOnlyList<PlannedMessage> messages, DateTimeOffset now, IReadOnlyList<SummarySnapshot>? snapshots = null, CancellationToken cancellationToken = default)
    {
        var written = new List<PlannedMessage>();
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await database.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        await using var insert = connection.CreateCommand("""
            INSERT INTO outbox_messages (officer_id, kind, day, run_id, message_id, state, subject, payload, attempts, in_doubt, next_attempt_at, planned_at, updated_at, error)
            SELECT o.id, @kind, @day, @run, @message, @state, @subject, @payload, 0, 0, @now, @now, @now, @error FROM officers o WHERE o.employee_code = @code
            ON CONFLICT (officer_id, kind, day) DO NOTHING
            """, transaction);
        var kind = insert.AddParameter("kind", null);
        var day = insert.AddParameter("day", null);
        insert.AddParameter("run", runId);
        var message = insert.AddParameter("message", null);
        var state = insert.AddParameter("state", null);
        var subject = insert.AddParameter("subject", null);
        var payload = insert.AddParameter("payload", null);
        insert.AddParameter("now", now.ToUnixTimeMilliseconds());
        var error = insert.AddParameter("error", null);
        var code = insert.AddParameter("code", null);
        await using var escalate = NudgeEscalationStore.CreateInsert(connection, transaction);
        foreach (var m in messages)
        {
            kind.Value = m.Kind;
            day.Value = Day(m.Day);
            message.Value = m.MessageId;
            state.Value = m.State;
            subject.Value = m.Subject;
            payload.Value = m.Payload;
            error.Value = (object?)m.Error ?? DBNull.Value;
            code.Value = m.EmployeeCode;
            if (await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 0)
            {
                continue;
            }

            written.Add(m);
            foreach (var officer in m.EscalatedOfficers ?? [])
            {
                await NudgeEscalationStore.InsertAsync(escalate, m.CycleId ?? "", m.Day, m.EmployeeCode, officer, cancellationToken).ConfigureAwait(false);
            }
        }

        foreach (var snapshot in snapshots ?? [])
        {
            await SummarySnapshotStore.InsertAsync(connection, transaction, snapshot, now, cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return written;
    }

    /// <summary>
    /// Claims the oldest planned message of the day and kinds that is due (next attempt reached) and not claimed by a
    /// live lease: sets claimed_by and lease_until. Null when there is none.
    /// </summary>
    public async Task<ClaimedMessage?> ClaimAsync(string worker, DateOnly day, IReadOnlyList<string> kinds, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await database.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        var skipLocked = database.Provider == StoreProvider.Postgres ? " FOR UPDATE SKIP LOCKED" : "";
        await using var claim = connection.CreateCommand($"""
            UPDATE outbox_messages SET claimed_by = @worker, lease_until = @lease, updated_at = @now
            WHERE id = (
                SELECT id FROM outbox_messages
                WHERE day = @day AND kind IN ({KindList(kinds)}) AND state = '{OutboxStates.Planned}' AND next_attempt_at <= @now
                  AND (claimed_by IS NULL OR lease_until < @now)
                ORDER BY id LIMIT 1{skipLocked})
            RETURNING id
            """, transaction);
        claim.AddParameter("worker", worker);
        claim.AddParameter("lease", now.Add(lease).ToUnixTimeMilliseconds());
        claim.AddParameter("now", now.ToUnixTimeMilliseconds());
        claim.AddParameter("day", Day(day));
        AddKinds(claim, kinds);
        var claimed = await claim.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        if (claimed is null or DBNull)
        {
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return null;
        }

        var id = Convert.ToInt64(claimed, CultureInfo.InvariantCulture);
        await using var read = connection.CreateCommand("""
            SELECT m.id, o.employee_code, o.name, m.kind, m.day, m.message_id, m.payload, m.attempts, m.in_doubt, o.aad_object_id,
                   c.conversation_id, c.service_url, c.tenant_id, c.user_id, c.bot_id, c.channel_id, c.updated_at
            FROM outbox_messages m JOIN officers o ON o.id = m.officer_id LEFT JOIN conversation_references c ON c.officer_id = o.id
            WHERE m.id = @id
            """, transaction);
        read.AddParameter("id", id);
        ClaimedMessage? result = null;
        await using (var reader = await read.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            if (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var conversation = reader.IsDBNull(10)
                    ? null
                    : new StoredConversationReference(reader.GetString(1), reader.GetString(10), reader.GetString(11), reader.GetStringOrNull(12),
                        reader.GetString(13), reader.GetString(14), reader.GetString(15), reader.GetFieldValue<DateTimeOffset>(16));
                result = new ClaimedMessage(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), ParseDay(reader.GetString(4)),
                    reader.GetString(5), reader.GetString(6), reader.GetInt32(7), reader.GetInt32(8), reader.GetStringOrNull(9), conversation);
            }
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return result;
    }

    /// <summary>planned → sending, just before the HTTP request; false when this worker no longer holds the claim.</summary>
    public Task<bool> MarkSendingAsync(long id, string worker, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken = default) =>
        UpdateAsync($"""
            UPDATE outbox_messages SET state = '{OutboxStates.Sending}', attempts = attempts + 1, lease_until = @lease, updated_at = @now
            WHERE id = @id AND claimed_by = @worker AND state = '{OutboxStates.Planned}'
            """, id, worker, now, cancellationToken, ("lease", now.Add(lease).ToUnixTimeMilliseconds()));

    /// <summary>sending → sent, with the connector's activity id; false when the row was taken away meanwhile (lease lost).</summary>
    public Task<bool> MarkSentAsync(long id, string worker, string conversationId, string? resourceId, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        UpdateAsync($"""
            UPDATE outbox_messages SET state = '{OutboxStates.Sent}', sent_at = @now, conversation_id = @conversation, resource_id = @resource,
                claimed_by = NULL, lease_until = NULL, error = NULL, updated_at = @now
            WHERE id = @id AND claimed_by = @worker AND state = '{OutboxStates.Sending}'
            """, id, worker, now, cancellationToken, ("conversation", conversationId), ("resource", resourceId));

    /// <summary>Back to planned, to be tried again at <paramref name="nextAttempt"/> (the connector refused it: 429, 412, 5xx; or a conversation was just created).</summary>
    public Task<bool> RetryLaterAsync(long id, string worker, DateTimeOffset nextAttempt, string? error, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        UpdateAsync($"""
            UPDATE outbox_messages SET state = '{OutboxStates.Planned}', next_attempt_at = @next, error = @error, claimed_by = NULL, lease_until = NULL, updated_at = @now
            WHERE id = @id AND claimed_by = @worker AND state IN ('{OutboxStates.Planned}', '{OutboxStates.Sending}')
            """, id, worker, now, cancellationToken, ("next", nextAttempt.ToUnixTimeMilliseconds()), ("error", Truncate(error)));

    /// <summary>Gives up on the message (no retry).</summary>
    public Task<bool> MarkFailedAsync(long id, string worker, string error, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        UpdateAsync($"""
            UPDATE outbox_messages SET state = '{OutboxStates.Failed}', error = @error, claimed_by = NULL, lease_until = NULL, updated_at = @now
            WHERE id = @id AND claimed_by = @worker AND state IN ('{OutboxStates.Planned}', '{OutboxStates.Sending}')
            """, id, worker, now, cancellationToken, ("error", Truncate(error)));

    /// <summary>The recipient cannot be reached (403, bot uninstalled, no address): the row ends, and the officer is marked so later passes skip them.</summary>
    public async Task<bool> MarkUnreachableAsync(long id, string worker, string reason, string? errorCode, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await database.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        await using var update = connection.CreateCommand($"""
            UPDATE outbox_messages SET state = '{OutboxStates.Unreachable}', error = @error, claimed_by = NULL, lease_until = NULL, updated_at = @now
            WHERE id = @id AND claimed_by = @worker AND state IN ('{OutboxStates.Planned}', '{OutboxStates.Sending}')
            """, transaction);
        update.AddParameter("error", Truncate(errorCode is null ? reason : $"{reason} ({errorCode})"));
        update.AddParameter("now", now.ToUnixTimeMilliseconds());
        update.AddParameter("id", id);
        update.AddParameter("worker", worker);
        var changed = await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) > 0;
        if (changed)
        {
            await ReachabilityStore.MarkAsync(connection, transaction, id, reason, errorCode, now, cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return changed;
    }

    /// <summary>Extends the leases of every row this worker holds (a heartbeat while it works).</summary>
    public async Task<int> RenewLeasesAsync(string worker, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand("UPDATE outbox_messages SET lease_until = @lease WHERE claimed_by = @worker AND state IN ('planned', 'sending')");
        command.AddParameter("lease", now.Add(lease).ToUnixTimeMilliseconds());
        command.AddParameter("worker", worker);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Rows left <c>sending</c> by a worker whose lease ran out (it crashed mid-request): whether the connector got the
    /// message is not known. With <paramref name="resend"/> they go back to planned (the officer may get it twice),
    /// else they fail (the officer may get it never). Returns the rows' ids.
    /// </summary>
    public async Task<IReadOnlyList<long>> RecoverInDoubtAsync(DateOnly day, IReadOnlyList<string> kinds, bool resend, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await database.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand($"""
            UPDATE outbox_messages SET state = @state, in_doubt = in_doubt + 1, claimed_by = NULL, lease_until = NULL, next_attempt_at = @now,
                error = @error, updated_at = @now
            WHERE day = @day AND kind IN ({KindList(kinds)}) AND state = '{OutboxStates.Sending}' AND lease_until < @now
            RETURNING id
            """, transaction);
        command.AddParameter("state", resend ? OutboxStates.Planned : OutboxStates.Failed);
        command.AddParameter("error", resend ? "in doubt: the worker stopped during the send; sent again" : "in doubt: the worker stopped during the send; not sent again");
        command.AddParameter("now", now.ToUnixTimeMilliseconds());
        command.AddParameter("day", Day(day));
        AddKinds(command, kinds);
        var ids = new List<long>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                ids.Add(reader.GetInt64(0));
            }
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return ids;
    }

    /// <summary>
    /// The day's messages that failed after their attempts go back to planned with their attempts counted afresh
    /// (<c>worker nudge --retry-failed</c>). Messages in doubt (the worker stopped during the send, so the officer may
    /// have it already) are not sent again. Returns how many were put back.
    /// </summary>
    public async Task<int> RequeueFailedAsync(DateOnly day, IReadOnlyList<string> kinds, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand($"""
            UPDATE outbox_messages SET state = '{OutboxStates.Planned}', attempts = 0, next_attempt_at = @now, updated_at = @now
            WHERE day = @day AND kind IN ({KindList(kinds)}) AND state = '{OutboxStates.Failed}' AND in_doubt = 0
            """);
        command.AddParameter("now", now.ToUnixTimeMilliseconds());
        command.AddParameter("day", Day(day));
        AddKinds(command, kinds);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Messages of earlier days still pending: their content (days left) is stale, so they fail instead of going out late.</summary>
    public async Task<int> ExpireBeforeAsync(DateOnly day, IReadOnlyList<string> kinds, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand($"""
            UPDATE outbox_messages SET state = '{OutboxStates.Failed}', error = 'expired: not delivered on its day', claimed_by = NULL, lease_until = NULL, updated_at = @now
            WHERE day < @day AND kind IN ({KindList(kinds)}) AND state IN ('{OutboxStates.Planned}', '{OutboxStates.Sending}')
            """);
        command.AddParameter("now", now.ToUnixTimeMilliseconds());
        command.AddParameter("day", Day(day));
        AddKinds(command, kinds);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Messages of the day and kinds by state (all officers).</summary>
    public async Task<OutboxCounts> CountAsync(DateOnly day, IReadOnlyList<string> kinds, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand($"SELECT state, COUNT(*) FROM outbox_messages WHERE day = @day AND kind IN ({KindList(kinds)}) GROUP BY state");
        command.AddParameter("day", Day(day));
        AddKinds(command, kinds);
        return await ReadCountsAsync(command, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>When each officer was last sent a message of the kind (India date); sent and in-doubt rows count.</summary>
    public async Task<IReadOnlyDictionary<string, DateOnly>> LastDeliveredAsync(string kind, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand($"""
            SELECT o.employee_code, MAX(m.day) FROM outbox_messages m JOIN officers o ON o.id = m.officer_id
            WHERE m.kind = @kind AND m.state IN ('{OutboxStates.Sent}', '{OutboxStates.Sending}')
            GROUP BY o.employee_code
            """);
        command.AddParameter("kind", kind);
        return await ReadDaysAsync(command, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<IReadOnlyDictionary<string, DateOnly>> ReadDaysAsync(DbCommand command, CancellationToken cancellationToken)
    {
        var result = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            result[reader.GetString(0)] = ParseDay(reader.GetString(1));
        }

        return result;
    }

    /// <summary>By recipient's employee code, the last day a message of <paramref name="kind"/> was written for them, whatever became of it.</summary>
    public async Task<IReadOnlyDictionary<string, DateOnly>> LastWrittenAsync(string kind, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand("""
            SELECT o.employee_code, MAX(m.day) FROM outbox_messages m JOIN officers o ON o.id = m.officer_id
            WHERE m.kind = @kind GROUP BY o.employee_code
            """);
        command.AddParameter("kind", kind);
        return await ReadDaysAsync(command, cancellationToken).ConfigureAwait(false);
    }

    internal static string Day(DateOnly day) => day.ToString(DayFormat, CultureInfo.InvariantCulture);

    internal static DateOnly ParseDay(string text) => DateOnly.ParseExact(text, DayFormat, CultureInfo.InvariantCulture);

    internal static async Task<OutboxCounts> ReadCountsAsync(DbCommand command, CancellationToken cancellationToken)
    {
        int planned = 0, sending = 0, sent = 0, failed = 0, unreachable = 0;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var count = Convert.ToInt32(reader.GetValue(1), CultureInfo.InvariantCulture);
            switch (reader.GetString(0))
            {
                case OutboxStates.Planned: planned = count; break;
                case OutboxStates.Sending: sending = count; break;
                case OutboxStates.Sent: sent = count; break;
                case OutboxStates.Failed: failed = count; break;
                case OutboxStates.Unreachable: unreachable = count; break;
            }
        }

        return new OutboxCounts(planned, sending, sent, failed, unreachable);
    }

    private static string KindList(IReadOnlyList<string> kinds)
    {
        var list = new StringBuilder();
        for (var i = 0; i < kinds.Count; i++)
        {
            list.Append(i == 0 ? "" : ", ").Append("@kind").Append(i.ToString(CultureInfo.InvariantCulture));
        }

        return list.ToString();
    }

    private static void AddKinds(DbCommand command, IReadOnlyList<string> kinds)
    {
        for (var i = 0; i < kinds.Count; i++)
        {
            command.AddParameter("kind" + i.ToString(CultureInfo.InvariantCulture), kinds[i]);
        }
    }

    private static string? Truncate(string? text) => text is { Length: > 500 } ? text[..500] : text;

    private async Task<bool> UpdateAsync(string sql, long id, string worker, DateTimeOffset now, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand(sql);
        command.AddParameter("id", id);
        command.AddParameter("worker", worker);
        command.AddParameter("now", now.ToUnixTimeMilliseconds());
        foreach (var (name, value) in parameters)
        {
            command.AddParameter(name, value);
        }

        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) > 0;
    }
}
