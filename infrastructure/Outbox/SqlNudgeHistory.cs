using System.Text;
using KarmayogiBot.Domain.Nudges;
using KarmayogiBot.Domain.Officers;
using KarmayogiBot.Infrastructure.Storage;

namespace KarmayogiBot.Infrastructure.Outbox;

/// <summary>
/// <see cref="INudgeHistory"/> over the outbox: the last pass for a scope is the latest day with nudges planned for
/// its officers; its counts are those nudges by state (pending = planned or sending), and the unreachable officers'
/// names (no e-mail or phone).
/// </summary>
public sealed class SqlNudgeHistory(KarmayogiDatabase database) : INudgeHistory
{
    private const int NamesListed = 200;

    public async Task<NudgeRunSummary?> LastRunAsync(OfficerScope scope, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        string? day;
        await using (var last = connection.CreateCommand())
        {
            var sql = new StringBuilder($"SELECT MAX(m.day) FROM outbox_messages m JOIN officers o ON o.id = m.officer_id WHERE m.kind = '{OutboxKinds.Nudge}'");
            OfficerRows.AppendScope(sql, last, scope);
            last.CommandText = sql.ToString();
            day = await last.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as string;
        }

        if (day is null)
        {
            return null;
        }

        OutboxCounts counts;
        await using (var command = connection.CreateCommand())
        {
            var sql = new StringBuilder($"SELECT m.state, COUNT(*) FROM outbox_messages m JOIN officers o ON o.id = m.officer_id WHERE m.kind = '{OutboxKinds.Nudge}' AND m.day = @day");
            command.AddParameter("day", day);
            OfficerRows.AppendScope(sql, command, scope);
            sql.Append(" GROUP BY m.state");
            command.CommandText = sql.ToString();
            counts = await OutboxStore.ReadCountsAsync(command, cancellationToken).ConfigureAwait(false);
        }

        long ranAt;
        await using (var command = connection.CreateCommand())
        {
            var sql = new StringBuilder($"SELECT MIN(m.planned_at) FROM outbox_messages m JOIN officers o ON o.id = m.officer_id WHERE m.kind = '{OutboxKinds.Nudge}' AND m.day = @day");
            command.AddParameter("day", day);
            OfficerRows.AppendScope(sql, command, scope);
            command.CommandText = sql.ToString();
            ranAt = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
        }

        var names = new List<string>();
        await using (var command = connection.CreateCommand())
        {
            var sql = new StringBuilder($"SELECT o.name, o.employee_code FROM outbox_messages m JOIN officers o ON o.id = m.officer_id WHERE m.kind = '{OutboxKinds.Nudge}' AND m.day = @day AND m.state = '{OutboxStates.Unreachable}'");
            command.AddParameter("day", day);
            OfficerRows.AppendScope(sql, command, scope);
            sql.Append(" ORDER BY o.name, o.employee_code LIMIT ").Append(NamesListed);
            command.CommandText = sql.ToString();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                names.Add($"{reader.GetString(0)} ({reader.GetString(1)})");
            }
        }

        return new NudgeRunSummary(DateTimeOffset.FromUnixTimeMilliseconds(ranAt), counts.Sent, counts.Failed, counts.Unreachable, counts.Pending, names);
    }
}
