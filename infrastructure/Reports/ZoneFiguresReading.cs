using System.Data.Common;
using System.Text;
using KarmayogiBot.Domain.Reporting;
using KarmayogiBot.Infrastructure.Storage;
using Microsoft.Data.Sqlite;

namespace KarmayogiBot.Infrastructure.Reports;

/// <summary>A zone's figures, and its defaulters read from the same snapshot while the reading is open.</summary>
public sealed class ZoneFiguresReading : IAsyncDisposable
{
    /// <summary>The column of the query's <see cref="DefaulterFlags"/>.</summary>
    private const int FlagsColumn = 10;

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
    /// Hands every defaulter of the scope, by employee code, to <paramref name="action"/> as text: on SQLite read in one
    /// narrow query over the facts alone and viewed in SQLite's own memory (no object a row); elsewhere from <see cref="Defaulters"/>.
    /// </summary>
    public void ForEachDefaulter(DefaulterText.Visitor action)
    {
        if (_connection is not SqliteConnection sqlite)
        {
            DefaulterText.ForEach(Defaulters(), action);
            return;
        }

        using var command = DefaultersCommand();
        using var statement = SqliteStatement.Prepare(sqlite, command);
        statement.ForEach(row =>
        {
            // The flags first, as one value: each call into SQLite costs more than the little it returns.
            var flags = (DefaulterFlags)row.Int(FlagsColumn);
            action(new DefaulterText(
                row.Blob(0), row.Blob(1), row.Blob(2), row.Blob(3), flags.HasFlag(DefaulterFlags.HasFormation), row.Blob(4),
                flags.HasFlag(DefaulterFlags.HasRole), row.Blob(5), flags.HasFlag(DefaulterFlags.AssessmentPassed),
                flags.HasFlag(DefaulterFlags.DesignationCorrect), flags.HasFlag(DefaulterFlags.Overdue)));
        });
    }

    /// <summary>The officers of the scope not yet fully compliant, by employee code, read as they are enumerated.</summary>
    public IEnumerable<DefaulterRow> Defaulters()
    {
        using var command = DefaultersCommand();
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

    /// <summary>The defaulters of the scope from the facts alone (they carry each officer's name and designation), by employee code.</summary>
    private DbCommand DefaultersCommand()
    {
        var command = _connection.CreateCommand("", _snapshot);
        var sql = new StringBuilder("""
            SELECT s.employee_code, s.name, s.designation, s.formation, s.role_id, s.pending, s.pending_count,
                s.assessment_passed, s.designation_correct, s.overdue_from,
                (CASE WHEN s.formation IS NULL THEN 0 ELSE 1 END) | (CASE WHEN s.role_id IS NULL THEN 0 ELSE 2 END)
                    | (CASE WHEN s.assessment_passed = 0 THEN 0 ELSE 4 END) | (CASE WHEN s.designation_correct = 0 THEN 0 ELSE 8 END)
                    | (CASE WHEN s.overdue_from <= @day THEN 16 ELSE 0 END)
            FROM officer_standings s
            WHERE s.compliant = 0
            """);
        command.AddParameter("day", Figures.AsOf.DayNumber);
        OfficerRows.AppendScope(sql, command, Figures.Scope, table: "s");
        sql.Append(" ORDER BY s.employee_code");
        command.CommandText = sql.ToString();
        return command;
    }

    public async ValueTask DisposeAsync()
    {
        await _snapshot.DisposeAsync().ConfigureAwait(false);
        await _connection.DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>The flags of a defaulter, computed by the query as one value (the column after the facts).</summary>
    [Flags]
    private enum DefaulterFlags
    {
        None = 0,
        HasFormation = 1,
        HasRole = 2,
        AssessmentPassed = 4,
        DesignationCorrect = 8,
        Overdue = 16,
    }

    /// <summary>Designations, formations and pending lists repeat: one string of each.</summary>
    private static string Shared(Dictionary<string, string> strings, string text) =>
        strings.TryGetValue(text, out var known) ? known : strings[text] = text;
}
