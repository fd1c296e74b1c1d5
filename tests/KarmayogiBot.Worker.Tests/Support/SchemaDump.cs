using System.Data.Common;
using System.Globalization;

namespace KarmayogiBot.Worker.Tests.Support;

/// <summary>
/// A database's schema as sorted text, one object or column a line: SQLite's <c>sqlite_master</c>, or PostgreSQL's
/// columns, constraints, indexes, triggers and functions in the connection's schema (its name written as &lt;schema&gt;).
/// </summary>
public static class SchemaDump
{
    private static readonly string[] SqliteQueries =
    [
        "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_autoindex_%'",
    ];

    private static readonly string[] PostgresQueries =
    [
        """
        SELECT 'column', table_name, ordinal_position, column_name, data_type, is_nullable, column_default,
               character_maximum_length, numeric_precision, numeric_scale, is_identity, identity_generation
        FROM information_schema.columns WHERE table_schema = current_schema()
        """,
        """
        SELECT 'constraint', conrelid::regclass::text, conname, contype, pg_get_constraintdef(oid)
        FROM pg_constraint WHERE connamespace = current_schema()::regnamespace
        """,
        "SELECT 'index', tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema()",
        """
        SELECT 'trigger', tgrelid::regclass::text, tgname, pg_get_triggerdef(t.oid)
        FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
        WHERE NOT t.tgisinternal AND c.relnamespace = current_schema()::regnamespace
        """,
        "SELECT 'function', proname, pg_get_functiondef(oid) FROM pg_proc WHERE pronamespace = current_schema()::regnamespace",
    ];

    public static async Task<string> OfAsync(DbConnection connection, bool postgres)
    {
        var schema = postgres ? Convert.ToString(await ScalarAsync(connection, "SELECT current_schema()"), CultureInfo.InvariantCulture)! : null;
        var lines = new List<string>();
        foreach (var sql in postgres ? PostgresQueries : SqliteQueries)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                var values = new object[reader.FieldCount];
                reader.GetValues(values);
                var line = string.Join(" | ", values.Select(v => v is DBNull ? "" : Convert.ToString(v, CultureInfo.InvariantCulture)));
                line = line.ReplaceLineEndings(" ");
                lines.Add(schema is null ? line : line.Replace(schema + ".", "<schema>.", StringComparison.Ordinal));
            }
        }

        lines.Sort(StringComparer.Ordinal);
        return string.Join("\n", lines) + "\n";
    }

    private static async Task<object?> ScalarAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }
}
