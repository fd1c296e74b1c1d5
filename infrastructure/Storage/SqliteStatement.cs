using System.Data.Common;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace KarmayogiBot.Infrastructure.Storage;

/// <summary>
/// A statement prepared through SQLite's own API on an open connection, for many rows of few values: written with
/// values bound by position (<see cref="Run"/>), or read as views of SQLite's memory (<see cref="ForEach"/>), without
/// the objects and copies ADO.NET makes a row. It runs in whatever transaction the connection is in.
/// </summary>
internal sealed class SqliteStatement : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;

    private SqliteStatement(sqlite3 db, sqlite3_stmt statement)
    {
        _db = db;
        _statement = statement;
    }

    public delegate void RowAction(Row row);

    public static SqliteStatement Prepare(SqliteConnection connection, string sql)
    {
        var db = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        Check(db, raw.sqlite3_prepare_v2(db, sql, out var statement));
        return new SqliteStatement(db, statement);
    }

    /// <summary>The statement of <paramref name="command"/>, with its parameters bound by name.</summary>
    public static SqliteStatement Prepare(SqliteConnection connection, DbCommand command)
    {
        var prepared = Prepare(connection, command.CommandText);
        foreach (DbParameter parameter in command.Parameters)
        {
            prepared.Bind(raw.sqlite3_bind_parameter_index(prepared._statement, "@" + parameter.ParameterName), parameter.Value);
        }

        return prepared;
    }

    /// <summary>Runs the statement once with these values for its parameters, in order (null, text, whole numbers, bytes).</summary>
    public void Run(ReadOnlySpan<object?> values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            Bind(i + 1, values[i]);
        }

        var result = raw.sqlite3_step(_statement);
        raw.sqlite3_reset(_statement);
        if (result != raw.SQLITE_DONE)
        {
            Check(_db, result);
        }
    }

    /// <summary>Hands each row of the result to <paramref name="action"/>.</summary>
    public void ForEach(RowAction action)
    {
        int result;
        while ((result = raw.sqlite3_step(_statement)) == raw.SQLITE_ROW)
        {
            action(new Row(_statement));
        }

        raw.sqlite3_reset(_statement);
        if (result != raw.SQLITE_DONE)
        {
            Check(_db, result);
        }
    }

    public void Dispose() => _statement.Dispose();

    private void Bind(int index, object? value) => Check(_db, value switch
    {
        null or DBNull => raw.sqlite3_bind_null(_statement, index),
        string text => raw.sqlite3_bind_text(_statement, index, text),
        long number => raw.sqlite3_bind_int64(_statement, index, number),
        int number => raw.sqlite3_bind_int64(_statement, index, number),
        byte[] bytes => raw.sqlite3_bind_blob(_statement, index, bytes),
        _ => throw new ArgumentException($"Parameter {index}: {value.GetType().Name} is not bound here (null, text, whole numbers, bytes)."),
    });

    private static void Check(sqlite3 db, int result)
    {
        if (result is not (raw.SQLITE_OK or raw.SQLITE_DONE or raw.SQLITE_ROW))
        {
            throw new SqliteException($"SQLite Error {result}: '{raw.sqlite3_errmsg(db).utf8_to_string()}'.", result);
        }
    }

    /// <summary>The current row; its views are valid only in the call it is handed to.</summary>
    public readonly ref struct Row(sqlite3_stmt statement)
    {
        public ReadOnlySpan<byte> Blob(int column) => raw.sqlite3_column_blob(statement, column);

        public bool IsNull(int column) => raw.sqlite3_column_type(statement, column) == raw.SQLITE_NULL;

        public int Int(int column) => raw.sqlite3_column_int(statement, column);
    }
}
