namespace KarmayogiBot.Infrastructure.Storage;

/// <summary>
/// The language each officer last wrote to the bot in, as their conversation memory keeps it (keyed by the Entra object id,
/// else the Teams user id): what the worker writes their nudges in. Officers who never wrote are not listed.
/// </summary>
public sealed class OfficerLanguageStore(KarmayogiDatabase database)
{
    /// <summary>By employee code, the language ("Hindi", "English") of every officer the bot has a conversation memory for.</summary>
    public async Task<IReadOnlyDictionary<string, string>> LanguagesAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand("""
            SELECT o.employee_code, m.language FROM officers o
            JOIN conversation_memory m ON m.user_key = o.aad_object_id OR m.user_key = o.teams_user_id
            WHERE m.language IS NOT NULL
            """);
        var languages = new Dictionary<string, string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            languages[reader.GetString(0)] = reader.GetString(1);
        }

        return languages;
    }
}
