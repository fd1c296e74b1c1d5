using System.Text;
using KarmayogiBot.Domain.Officers;

namespace KarmayogiBot.Infrastructure.Storage;

/// <summary><see cref="IConversationStore"/> on SQLite or PostgreSQL.</summary>
public sealed class SqlConversationStore(KarmayogiDatabase database) : IConversationStore
{
    private const string Columns = "o.employee_code, c.conversation_id, c.service_url, c.tenant_id, c.user_id, c.bot_id, c.channel_id, c.updated_at";

    public async Task<bool> SaveAsync(StoredConversationReference reference, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand("""
            INSERT INTO conversation_references (officer_id, conversation_id, service_url, tenant_id, user_id, bot_id, channel_id, updated_at)
            SELECT o.id, @conversation, @service, @tenant, @user, @bot, @channel, @updated FROM officers o WHERE o.employee_code = @code
            ON CONFLICT (officer_id) DO UPDATE SET
                conversation_id = excluded.conversation_id, service_url = excluded.service_url, tenant_id = excluded.tenant_id,
                user_id = excluded.user_id, bot_id = excluded.bot_id, channel_id = excluded.channel_id, updated_at = excluded.updated_at
            """);
        command.AddParameter("conversation", reference.ConversationId);
        command.AddParameter("service", reference.ServiceUrl);
        command.AddParameter("tenant", reference.TenantId);
        command.AddParameter("user", reference.UserId);
        command.AddParameter("bot", reference.BotId);
        command.AddParameter("channel", reference.ChannelId);
        command.AddParameter("updated", OfficerRows.Utc(reference.UpdatedAt));
        command.AddParameter("code", reference.EmployeeCode.Trim());
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) > 0;
    }

    public async Task<StoredConversationReference?> GetAsync(string employeeCode, CancellationToken cancellationToken = default)
    {
        var found = await QueryAsync(" AND o.employee_code = @code", employeeCode.Trim(), OfficerScope.All, cancellationToken).ConfigureAwait(false);
        return found.Count == 0 ? null : found[0];
    }

    public Task<IReadOnlyList<StoredConversationReference>> ListAsync(OfficerScope scope, CancellationToken cancellationToken = default) =>
        QueryAsync(null, null, scope, cancellationToken);

    public async Task<bool> DeleteAsync(string employeeCode, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand(
            "DELETE FROM conversation_references WHERE officer_id IN (SELECT id FROM officers WHERE employee_code = @code)");
        command.AddParameter("code", employeeCode.Trim());
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) > 0;
    }

    private async Task<IReadOnlyList<StoredConversationReference>> QueryAsync(string? condition, string? code, OfficerScope scope, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        var sql = new StringBuilder($"SELECT {Columns} FROM conversation_references c JOIN officers o ON o.id = c.officer_id WHERE 1 = 1");
        if (condition is not null)
        {
            sql.Append(condition);
            command.AddParameter("code", code);
        }

        OfficerRows.AppendScope(sql, command, scope);
        sql.Append(" ORDER BY o.employee_code");
        command.CommandText = sql.ToString();
        var list = new List<StoredConversationReference>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            list.Add(new StoredConversationReference(
                reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetStringOrNull(3), reader.GetString(4),
                reader.GetString(5), reader.GetString(6), reader.GetFieldValue<DateTimeOffset>(7)));
        }

        return list;
    }
}
