using System.Data.Common;
using System.Text;
using KarmayogiBot.Domain.Officers;

namespace KarmayogiBot.Infrastructure.Storage;

/// <summary><see cref="ICourseRecordStore"/> on SQLite or PostgreSQL: two queries per call, whatever the number of officers.</summary>
public sealed class SqlCourseRecordStore(KarmayogiDatabase database) : ICourseRecordStore
{
    public async Task<OfficerRecords?> GetAsync(string employeeCode, CancellationToken cancellationToken = default)
    {
        var list = await ReadAsync(" AND o.employee_code = @code", c => c.AddParameter("code", employeeCode.Trim()), null, cancellationToken).ConfigureAwait(false);
        return list.Count == 0 ? null : list[0];
    }

    public Task<IReadOnlyList<OfficerRecords>> ListAsync(OfficerScope scope, CancellationToken cancellationToken = default) =>
        ReadAsync(null, null, scope, cancellationToken);

    public Task<IReadOnlyList<OfficerRecords>> ListReportsAsync(string reportingOfficerCode, CancellationToken cancellationToken = default) =>
        OfficerKeys.Code(reportingOfficerCode) is { } key
            ? ReadAsync(" AND o.reports_to_key = @reports_to", c => c.AddParameter("reports_to", key), null, cancellationToken)
            : Task.FromResult<IReadOnlyList<OfficerRecords>>([]);

    private async Task<IReadOnlyList<OfficerRecords>> ReadAsync(string? condition, Action<DbCommand>? bind, OfficerScope? scope, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);

        // One read transaction, so officers and records are one snapshot even while an import commits.
        await using var transaction = await database.BeginReadAsync(connection, cancellationToken).ConfigureAwait(false);
        var officers = new Dictionary<long, (Officer Officer, IgotProfile? Profile, List<StoredCourseRecord> Records)>();
        var order = new List<long>();
        await using (var command = connection.CreateCommand())
        {
            command.Transaction = transaction;
            var sql = new StringBuilder(
                $"SELECT o.id, {OfficerRows.OfficerColumns}, {OfficerRows.ProfileColumns} FROM officers o LEFT JOIN igot_profiles p ON p.officer_id = o.id WHERE 1 = 1");
            Filter(sql, command, condition, bind, scope);
            sql.Append(" ORDER BY o.employee_code");
            command.CommandText = sql.ToString();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var id = reader.GetInt64(0);
                officers[id] = (OfficerRows.ReadOfficer(reader, 1), OfficerRows.ReadProfile(reader, 1 + OfficerRows.OfficerColumnCount), []);
                order.Add(id);
            }
        }

        if (officers.Count > 0)
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            var sql = new StringBuilder($"SELECT r.officer_id, {OfficerRows.RecordColumns} FROM course_records r");
            if (condition is not null || (scope is not null && (scope.Zone is not null || scope.Formation is not null)))
            {
                sql.Append(" JOIN officers o ON o.id = r.officer_id WHERE 1 = 1");
                Filter(sql, command, condition, bind, scope);
            }

            command.CommandText = sql.ToString();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                if (officers.TryGetValue(reader.GetInt64(0), out var entry))
                {
                    entry.Records.Add(OfficerRows.ReadRecord(reader, 1));
                }
            }
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return order.Select(id => officers[id]).Select(e => new OfficerRecords(e.Officer, e.Profile, e.Records)).ToList();
    }

    private static void Filter(StringBuilder sql, DbCommand command, string? condition, Action<DbCommand>? bind, OfficerScope? scope)
    {
        if (condition is not null)
        {
            sql.Append(condition);
            bind?.Invoke(command);
        }

        if (scope is not null)
        {
            OfficerRows.AppendScope(sql, command, scope);
        }
    }
}
