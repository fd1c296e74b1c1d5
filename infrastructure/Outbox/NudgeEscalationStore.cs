using System.Data.Common;
using KarmayogiBot.Infrastructure.Storage;

namespace KarmayogiBot.Infrastructure.Outbox;

/// <summary>The escalations already made (<c>nudge_escalations</c>): which officers were reported to their nodal officer in a cycle, once each.</summary>
public sealed class NudgeEscalationStore(KarmayogiDatabase database)
{
    /// <summary>The officers already reported to their nodal officer in this cycle.</summary>
    public async Task<IReadOnlySet<string>> EscalatedAsync(string cycleId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand("SELECT o.employee_code FROM nudge_escalations e JOIN officers o ON o.id = e.officer_id WHERE e.cycle_id = @cycle");
        command.AddParameter("cycle", cycleId);
        var result = new HashSet<string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            result.Add(reader.GetString(0));
        }

        return result;
    }

    /// <summary>The insert of one escalation, for <see cref="InsertAsync"/>: an officer reported twice in a cycle keeps the first.</summary>
    internal static DbCommand CreateInsert(DbConnection connection, DbTransaction transaction)
    {
        var insert = connection.CreateCommand("""
            INSERT INTO nudge_escalations (officer_id, cycle_id, escalated_on, nodal_officer_id)
            SELECT o.id, @cycle, @day, (SELECT n.id FROM officers n WHERE n.employee_code = @nodal) FROM officers o WHERE o.employee_code = @code
            ON CONFLICT (officer_id, cycle_id) DO NOTHING
            """, transaction);
        insert.AddParameter("cycle", null);
        insert.AddParameter("day", null);
        insert.AddParameter("nodal", null);
        insert.AddParameter("code", null);
        return insert;
    }

    internal static Task<int> InsertAsync(DbCommand insert, string cycleId, DateOnly day, string nodalOfficer, string officer, CancellationToken cancellationToken)
    {
        insert.Parameters[0].Value = cycleId;
        insert.Parameters[1].Value = OutboxStore.Day(day);
        insert.Parameters[2].Value = nodalOfficer;
        insert.Parameters[3].Value = officer;
        return insert.ExecuteNonQueryAsync(cancellationToken);
    }
}
