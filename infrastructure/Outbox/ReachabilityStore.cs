using System.Data.Common;
using KarmayogiBot.Infrastructure.Storage;

namespace KarmayogiBot.Infrastructure.Outbox;

/// <summary>
/// Whom the worker can reach: the officers found unreachable (<c>officer_reachability</c>: a 403, the bot
/// uninstalled, no address) and the officers whose Entra object id is known (a conversation can be opened with them).
/// </summary>
public sealed class ReachabilityStore(KarmayogiDatabase database)
{
    /// <summary>The officers marked unreachable, by employee code.</summary>
    public async Task<IReadOnlyDictionary<string, Reachability>> UnreachableAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand("SELECT o.employee_code, r.reason, r.error_code, r.since FROM officer_reachability r JOIN officers o ON o.id = r.officer_id");
        var result = new Dictionary<string, Reachability>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            result[reader.GetString(0)] = new Reachability(reader.GetString(0), reader.GetString(1), reader.GetStringOrNull(2), DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(3)));
        }

        return result;
    }

    /// <summary>Forgets that an officer was unreachable (a message reached them).</summary>
    public async Task ClearUnreachableAsync(string employeeCode, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand(
            "DELETE FROM officer_reachability WHERE officer_id IN (SELECT id FROM officers WHERE employee_code = @code)");
        command.AddParameter("code", employeeCode);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The employee codes of the officers whose Entra object id is known (a conversation can be opened with them).</summary>
    public async Task<IReadOnlySet<string>> WithEntraIdAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand("SELECT employee_code FROM officers WHERE aad_object_id IS NOT NULL AND aad_object_id <> ''");
        var result = new HashSet<string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            result.Add(reader.GetString(0));
        }

        return result;
    }

    /// <summary>Marks the officer of an outbox message unreachable, in the transaction that ends the message.</summary>
    internal static async Task MarkAsync(DbConnection connection, DbTransaction transaction, long messageId, string reason, string? errorCode, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var mark = connection.CreateCommand("""
            INSERT INTO officer_reachability (officer_id, reason, error_code, since)
            SELECT m.officer_id, @reason, @code, @now FROM outbox_messages m WHERE m.id = @id
            ON CONFLICT (officer_id) DO UPDATE SET reason = excluded.reason, error_code = excluded.error_code, since = excluded.since
            """, transaction);
        mark.AddParameter("reason", reason);
        mark.AddParameter("code", errorCode);
        mark.AddParameter("now", now.ToUnixTimeMilliseconds());
        mark.AddParameter("id", messageId);
        await mark.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
