using KarmayogiBot.Domain.Officers;

namespace KarmayogiBot.Infrastructure.Storage;

/// <summary><see cref="IImportStore"/> on SQLite or PostgreSQL.</summary>
public sealed class SqlImportStore(KarmayogiDatabase database) : IImportStore
{
    internal const string Columns =
        "id, imported_at, file, kind, reported_at, rows_read, officers_matched, officers_unmatched, added, updated, unchanged, rejected, other_courses, outside_zone, transferred_out";

    public Task<IReadOnlyList<ImportRun>> ListRecentAsync(int count, CancellationToken cancellationToken = default) =>
        QueryAsync($"SELECT {Columns} FROM imports ORDER BY id DESC LIMIT @count", null, Math.Max(0, count), cancellationToken);

    public async Task<ImportRun?> LatestAsync(ImportKind kind, CancellationToken cancellationToken = default)
    {
        var runs = await QueryAsync($"SELECT {Columns} FROM imports WHERE kind = @kind ORDER BY id DESC LIMIT @count", kind.ToString(), 1, cancellationToken)
            .ConfigureAwait(false);
        return runs.Count == 0 ? null : runs[0];
    }

    private async Task<IReadOnlyList<ImportRun>> QueryAsync(string sql, string? kind, int count, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand(sql);
        if (kind is not null)
        {
            command.AddParameter("kind", kind);
        }

        command.AddParameter("count", count);
        var runs = new List<ImportRun>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            runs.Add(new ImportRun(
                reader.GetInt64(0),
                reader.GetFieldValue<DateTimeOffset>(1),
                reader.GetString(2),
                Enum.Parse<ImportKind>(reader.GetString(3)),
                reader.IsDBNull(4) ? null : reader.GetDateTime(4),
                new ImportCounts(
                    reader.GetInt32(5), reader.GetInt32(6), reader.GetInt32(7), reader.GetInt32(8),
                    reader.GetInt32(9), reader.GetInt32(10), reader.GetInt32(11), reader.GetInt32(12), reader.GetInt32(13), reader.GetInt32(14))));
        }

        return runs;
    }
}
