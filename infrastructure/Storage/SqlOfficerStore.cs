using System.Text;
using KarmayogiBot.Domain.Officers;

namespace KarmayogiBot.Infrastructure.Storage;

/// <summary><see cref="IOfficerStore"/> on SQLite or PostgreSQL.</summary>
public sealed class SqlOfficerStore(KarmayogiDatabase database, TimeProvider clock) : IOfficerStore
{
    public Task<Officer?> FindByEmployeeCodeAsync(string employeeCode, CancellationToken cancellationToken = default) =>
        FindOneAsync("o.employee_code = @key", employeeCode.Trim(), cancellationToken);

    public Task<Officer?> FindByEmailAsync(string emailOrUpn, CancellationToken cancellationToken = default) =>
        OfficerKeys.Email(emailOrUpn) is { } key ? FindOneAsync("o.email_key = @key", key, cancellationToken) : Task.FromResult<Officer?>(null);

    public Task<Officer?> FindByAadObjectIdAsync(string aadObjectId, CancellationToken cancellationToken = default) =>
        FindOneAsync("o.aad_object_id = @key", aadObjectId.Trim(), cancellationToken);

    public async Task<IReadOnlyList<Officer>> ListAsync(OfficerScope scope, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        var sql = new StringBuilder($"SELECT {OfficerRows.OfficerColumns} FROM officers o WHERE 1 = 1");
        OfficerRows.AppendScope(sql, command, scope);
        sql.Append(" ORDER BY o.employee_code");
        command.CommandText = sql.ToString();
        var officers = new List<Officer>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            officers.Add(OfficerRows.ReadOfficer(reader));
        }

        return officers;
    }

    public async Task SaveAsync(Officer officer, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand(OfficerWrites.UpsertSql);
        OfficerWrites.Bind(command, officer, clock.GetUtcNow());
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<bool> LinkTeamsIdentityAsync(string employeeCode, string aadObjectId, string teamsUserId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand(
            "UPDATE officers SET aad_object_id = @aad, teams_user_id = @teams, updated_at = @now WHERE employee_code = @code");
        command.AddParameter("aad", aadObjectId.Trim());
        command.AddParameter("teams", teamsUserId.Trim());
        command.AddParameter("now", OfficerRows.Utc(clock.GetUtcNow()));
        command.AddParameter("code", employeeCode.Trim());
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) > 0;
    }

    private async Task<Officer?> FindOneAsync(string condition, string key, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand(
            $"SELECT {OfficerRows.OfficerColumns} FROM officers o WHERE {condition} ORDER BY o.employee_code LIMIT 1");
        command.AddParameter("key", key);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? OfficerRows.ReadOfficer(reader) : null;
    }
}
