using System.Data.Common;
using KarmayogiBot.Domain.Officers;
using KarmayogiBot.Infrastructure.Storage;

namespace KarmayogiBot.Infrastructure.Outbox;

/// <summary>The summaries' figures as sent each day (<c>summary_snapshots</c>), one a scope and day, so the next summary can say what changed.</summary>
public sealed class SummarySnapshotStore(KarmayogiDatabase database)
{
    /// <summary>The snapshot key of a scope: "zone:&lt;normalised zone&gt;", or "all".</summary>
    public static string ScopeKey(OfficerScope scope) =>
        OfficerKeys.Name(scope.Zone) is { } zone ? $"zone:{zone}" + (OfficerKeys.Name(scope.Formation) is { } f ? $"|formation:{f}" : "") : "all";

    /// <summary>The latest snapshot of the scope taken before <paramref name="day"/>; null when none.</summary>
    public async Task<SummarySnapshot?> PreviousSnapshotAsync(string scopeKey, DateOnly day, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand("""
            SELECT scope_key, day, cycle_id, officers, compliant, assessment_passed, designation_correct, overdue, unknown_role
            FROM summary_snapshots WHERE scope_key = @scope AND day < @day ORDER BY day DESC LIMIT 1
            """);
        command.AddParameter("scope", scopeKey);
        command.AddParameter("day", OutboxStore.Day(day));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
            ? new SummarySnapshot(reader.GetString(0), OutboxStore.ParseDay(reader.GetString(1)), reader.GetString(2), reader.GetInt32(3), reader.GetInt32(4),
                reader.GetInt32(5), reader.GetInt32(6), reader.GetInt32(7), reader.GetInt32(8))
            : null;
    }

    /// <summary>Keeps a snapshot, in the transaction that plans its summaries; the first of a scope and day stands.</summary>
    internal static async Task InsertAsync(DbConnection connection, DbTransaction transaction, SummarySnapshot snapshot, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand("""
            INSERT INTO summary_snapshots (scope_key, day, cycle_id, officers, compliant, assessment_passed, designation_correct, overdue, unknown_role, taken_at)
            VALUES (@scope, @day, @cycle, @officers, @compliant, @passed, @designation, @overdue, @unknown, @now)
            ON CONFLICT (scope_key, day) DO NOTHING
            """, transaction);
        command.AddParameter("scope", snapshot.ScopeKey);
        command.AddParameter("day", OutboxStore.Day(snapshot.Day));
        command.AddParameter("cycle", snapshot.CycleId);
        command.AddParameter("officers", snapshot.Officers);
        command.AddParameter("compliant", snapshot.Compliant);
        command.AddParameter("passed", snapshot.AssessmentPassed);
        command.AddParameter("designation", snapshot.DesignationCorrect);
        command.AddParameter("overdue", snapshot.Overdue);
        command.AddParameter("unknown", snapshot.UnknownRole);
        command.AddParameter("now", now.ToUnixTimeMilliseconds());
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
