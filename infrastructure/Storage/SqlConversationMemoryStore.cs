using KarmayogiBot.Domain.Conversations;

namespace KarmayogiBot.Infrastructure.Storage;

/// <summary><see cref="IConversationMemoryStore"/> on SQLite or PostgreSQL: one row per user.</summary>
public sealed class SqlConversationMemoryStore(KarmayogiDatabase database, TimeProvider clock) : IConversationMemoryStore
{
    public async Task<ConversationMemory?> GetAsync(string userKey, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand(
            "SELECT designation, formation, pending_intent, pending_question, language FROM conversation_memory WHERE user_key = @key");
        command.AddParameter("key", userKey);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
            ? new ConversationMemory(userKey, reader.GetStringOrNull(0), reader.GetStringOrNull(1), reader.GetStringOrNull(2), reader.GetStringOrNull(3), reader.GetStringOrNull(4))
            : null;
    }

    public async Task SaveAsync(ConversationMemory memory, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand("""
            INSERT INTO conversation_memory (user_key, designation, formation, pending_intent, pending_question, language, updated_at)
            VALUES (@key, @designation, @formation, @intent, @question, @language, @updated)
            ON CONFLICT (user_key) DO UPDATE SET
                designation = excluded.designation, formation = excluded.formation, pending_intent = excluded.pending_intent,
                pending_question = excluded.pending_question, language = excluded.language, updated_at = excluded.updated_at
            """);
        command.AddParameter("key", memory.UserKey);
        command.AddParameter("designation", memory.Designation);
        command.AddParameter("formation", memory.Formation);
        command.AddParameter("intent", memory.PendingIntent);
        command.AddParameter("question", memory.PendingQuestion);
        command.AddParameter("language", memory.Language);
        command.AddParameter("updated", OfficerRows.Utc(clock.GetUtcNow()));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
