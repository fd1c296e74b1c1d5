using System.Data.Common;
using System.Text;
using System.Text.Json;
using KarmayogiBot.Domain.Reporting;
using KarmayogiBot.Infrastructure.Storage;
using Microsoft.Data.Sqlite;


namespace KarmayogiBot.Infrastructure.Reports;

/// <summary>A zone's figures, and its defaulters read from the same snapshot while the reading is open.</summary>
public sealed class ZoneFiguresReading : IAsyncDisposable
{
    private readonly DbConnection _connection;
    private readonly DbTransaction _snapshot;

    internal ZoneFiguresReading(DbConnection connection, DbTransaction snapshot, ZoneFigures figures)
    {
        _connection = connection;
        _snapshot = snapshot;
        Figures = figures;
    }

    public ZoneFigures Figures { get; }

    /// <summary>
    /// Writes the figures and every defaulter as <c>summary --json</c> prints them; in <see cref="SummaryJsonWriter.Style"/>
    /// from the defaulters' stored JSON, read in one narrow query (two values a defaulter; on SQLite, copied from
    /// SQLite's own memory without an object a row).
    /// </summary>
    public void WriteJson(Stream stream, JsonWriterOptions options)
    {
        if (!SummaryJsonWriter.WritesInStyle(options))
        {
            SummaryJsonWriter.Write(stream, options, Figures, Defaulters());
            return;
        }

        using var command = _connection.CreateCommand("", _snapshot);
        var sql = new StringBuilder("SELECT s.defaulter_json, s.overdue_from FROM officer_standings s WHERE s.compliant = 0");
        OfficerRows.AppendScope(sql, command, Figures.Scope, table: "s");
        sql.Append(" ORDER BY s.employee_code");
        command.CommandText = sql.ToString();
        using var defaulters = SummaryJsonWriter.StartRendered(stream, Figures);
        var day = Figures.AsOf.DayNumber;
        if (_connection is SqliteConnection sqlite)
        {
            using var statement = SqliteStatement.Prepare(sqlite, command);
            statement.ForEach(row => defaulters.Add(row.Blob(0), !row.IsNull(1) && day >= row.Int(1)));
        }
        else
        {
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                defaulters.Add(reader.GetFieldValue<byte[]>(0), !reader.IsDBNull(1) && day >= reader.GetInt32(1));
            }
        }

        defaulters.Finish();
    }

    /// <summary>The officers of the scope not yet fully compliant, by employee code, read as they are enumerated.</summary>
    public IEnumerable<DefaulterRow> Defaulters()
    {
        using var command = _connection.CreateCommand("", _snapshot);
        var sql = new StringBuilder("""
            SELECT o.employee_code, o.name, o.designation, o.formation, s.role_id, s.pending, s.pending_count,
                s.assessment_passed, s.designation_correct, s.overdue_from
            FROM officer_standings s JOIN officers o ON o.id = s.officer_id
            WHERE s.compliant = 0
            """);
        OfficerRows.AppendScope(sql, command, Figures.Scope, table: "s");
        sql.Append(" ORDER BY s.employee_code");
        command.CommandText = sql.ToString();
        var day = Figures.AsOf.DayNumber;
        var strings = new Dictionary<string, string>(StringComparer.Ordinal);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return new DefaulterRow(
                reader.GetString(0),
                reader.GetString(1),
                Shared(strings, reader.GetString(2)),
                reader.IsDBNull(3) ? null : Shared(strings, reader.GetString(3)),
                reader.IsDBNull(4) ? null : Shared(strings, reader.GetString(4)),
                Shared(strings, reader.GetString(5)),
                reader.GetInt32(6),
                reader.GetInt32(7) != 0,
                reader.GetInt32(8) != 0,
                !reader.IsDBNull(9) && day >= reader.GetInt32(9));
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _snapshot.DisposeAsync().ConfigureAwait(false);
        await _connection.DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>Designations, formations and pending lists repeat: one string of each.</summary>
    private static string Shared(Dictionary<string, string> strings, string text) =>
        strings.TryGetValue(text, out var known) ? known : strings[text] = text;
}
