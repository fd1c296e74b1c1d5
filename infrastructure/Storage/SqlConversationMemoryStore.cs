using KarmayogiBot.Domain.Conversations;

namespace KarmayogiBot.Infrastructure.Storage;

/// <summary>
/// <see cref="IConversationMemoryStore"/> on SQLite or PostgreSQL: one row per user. Saves arriving while others
/// are being written are committed together (<see cref="GroupCommit{TKey, TItem}"/>): many users' turns, one
/// transaction; each save still completes only once its row is committed.
/// </summary>
public sealed class SqlConversationMemoryStore : IConversationMemoryStore
{
    private const string UpsertSql = """
        INSERT INTO conversation_memory (user_key, designation, formation, pending_intent, pending_question, language, updated_at)
        VALUES (@key, @designation, @formation, @intent, @question, @language, @updated)
        ON CONFLICT (user_key) DO UPDATE SET
            designation = excluded.designation, formation = excluded.formation, pending_intent = excluded.pending_intent,
            pending_question = excluded.pending_question, language = excluded.language, updated_at = excluded.updated_at
        """;

    private readonly KarmayogiDatabase _database;
    private readonly TimeProvider _clock;
    private readonly GroupCommit<string, ConversationMemory> _saves;

    public SqlConversationMemoryStore(KarmayogiDatabase database, TimeProvider clock)
    {
        _database = database;
        _clock = clock;
        _saves = new GroupCommit<string, ConversationMemory>(WriteAsync);
    }

    public async Task<ConversationMemory?> GetAsync(string userKey, CancellationToken cancellationToken = default)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand(
            "SELECT designation, formation, pending_intent, pending_question, language FROM conversation_memory WHERE user_key = @key");
        command.AddParameter("key", userKey);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
            ? new ConversationMemory(userKey, reader.GetStringOrNull(0), reader.GetStringOrNull(1), reader.GetStringOrNull(2), reader.GetStringOrNull(3), reader.GetStringOrNull(4))
            : null;
    }

    public Task SaveAsync(ConversationMemory memory, CancellationToken cancellationToken = default) =>
        _saves.SubmitAsync(memory.UserKey, memory, cancellationToken);

    private async Task WriteAsync(IReadOnlyList<ConversationMemory> memories, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await _database.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand(UpsertSql, transaction);
        var key = command.AddParameter("key", null);
        var designation = command.AddParameter("designation", null);
        var formation = command.AddParameter("formation", null);
        var intent = command.AddParameter("intent", null);
        var question = command.AddParameter("question", null);
        var language = command.AddParameter("language", null);
        command.AddParameter("updated", OfficerRows.Utc(_clock.GetUtcNow()));
        foreach (var memory in memories)
        {
            key.Value = memory.UserKey;
            designation.Value = (object?)memory.Designation ?? DBNull.Value;
            formation.Value = (object?)memory.Formation ?? DBNull.Value;
            intent.Value = (object?)memory.PendingIntent ?? DBNull.Value;
            question.Value = (object?)memory.PendingQuestion ?? DBNull.Value;
            language.Value = (object?)memory.Language ?? DBNull.Value;
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }
}
