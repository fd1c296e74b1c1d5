using System.Data.Common;
using System.Globalization;
using System.Text;
using KarmayogiBot.Domain.Catalog;
using KarmayogiBot.Domain.Compliance;
using KarmayogiBot.Domain.Officers;
using KarmayogiBot.Domain.Reporting;
using KarmayogiBot.Infrastructure.Storage;
using Microsoft.Data.Sqlite;

namespace KarmayogiBot.Infrastructure.Reports.Standings;

/// <summary>
/// The stored standing facts (schema version 7: <c>officer_standings</c>, <c>standing_basis</c>, <c>standing_roles</c>).
/// A change of an officer's designation, formation, wing, progress or iGOT profile forgets their facts (database
/// triggers), whoever writes it; <see cref="MakeCurrentAsync"/> computes the missing ones, and all of them again when
/// the catalog, the program or the plan differs from the stored basis. The imports call it in their transaction; a
/// summary calls it when it finds the facts not current.
/// </summary>
internal static class StandingFactsTable
{
    private const int ReadChunk = 4096;

    /// <summary>The stored basis; null when none is stored (no facts, or a plan that counts courses by date).</summary>
    /// <param name="lockForUpdate">On PostgreSQL, lock the basis until the transaction ends (SQLite's write transaction already excludes other writers).</param>
    public static async Task<StandingBasis?> ReadBasisAsync(
        DbConnection connection, DbTransaction? transaction, StoreProvider provider, bool lockForUpdate, CancellationToken cancellationToken)
    {
        StandingBasis basis;
        await using (var command = connection.CreateCommand(
            "SELECT fingerprint, cycle_id, cycle_title, deadline, current_from, current_until FROM standing_basis WHERE id = 1"
            + (lockForUpdate && provider == StoreProvider.Postgres ? " FOR UPDATE" : ""), transaction))
        {
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false) || reader.GetString(0).Length == 0)
            {
                return null;
            }

            basis = new StandingBasis(
                reader.GetString(0), reader.GetString(1), reader.GetString(2), Day(reader.GetInt32(3)),
                reader.IsDBNull(4) ? null : Day(reader.GetInt32(4)), reader.IsDBNull(5) ? null : Day(reader.GetInt32(5)), []);
        }

        var roles = new List<PlanRole>();
        await using (var command = connection.CreateCommand("SELECT role_id, name FROM standing_roles ORDER BY position", transaction))
        {
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                roles.Add(new PlanRole(reader.GetString(0), reader.GetString(1)));
            }
        }

        return basis with { Roles = roles };
    }

    /// <summary>
    /// Makes the facts current in the caller's write transaction: every officer's, on a basis of this catalog and
    /// program, for the plan in force on <paramref name="day"/> (or, with <paramref name="keepStoredPlan"/>, for the
    /// plan already stored when the catalog and program are the same). Null when that plan counts courses by date:
    /// no facts are kept then, and summaries judge officer by officer.
    /// </summary>
    public static async Task<StandingBasis?> MakeCurrentAsync(
        DbConnection connection, DbTransaction transaction, StoreProvider provider, StandingEvaluator evaluator, DateOnly day, bool keepStoredPlan,
        CancellationToken cancellationToken)
    {
        var catalog = evaluator.Catalog;
        var fingerprint = StandingBasis.FingerprintOf(catalog.Fingerprint);
        var basis = await ReadBasisAsync(connection, transaction, provider, lockForUpdate: true, cancellationToken).ConfigureAwait(false);
        if (basis is null || basis.Fingerprint != fingerprint || !(keepStoredPlan || basis.Serves(fingerprint, day)))
        {
            var plan = catalog.CurrentPlan(day);
            basis = plan is null || plan.Targets.Count > 0 ? null : StandingBasis.For(catalog, plan, day);
            await ReplaceBasisAsync(connection, transaction, basis, cancellationToken).ConfigureAwait(false);
        }

        if (basis is not null)
        {
            await FillMissingAsync(connection, transaction, provider, evaluator, catalog.FindCycle(basis.CycleId)!, cancellationToken).ConfigureAwait(false);
        }

        return basis;
    }

    /// <summary>Forgets every fact and stores the new basis (none: an empty fingerprint).</summary>
    private static async Task ReplaceBasisAsync(DbConnection connection, DbTransaction transaction, StandingBasis? basis, CancellationToken cancellationToken)
    {
        await using (var forget = connection.CreateCommand("DELETE FROM officer_standings; DELETE FROM standing_roles;", transaction))
        {
            await forget.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await using (var update = connection.CreateCommand(
            "UPDATE standing_basis SET fingerprint = @fingerprint, cycle_id = @cycle, cycle_title = @title, deadline = @deadline, current_from = @from, current_until = @until WHERE id = 1",
            transaction))
        {
            update.AddParameter("fingerprint", basis?.Fingerprint ?? "");
            update.AddParameter("cycle", basis?.CycleId ?? "");
            update.AddParameter("title", basis?.CycleTitle ?? "");
            update.AddParameter("deadline", basis?.Deadline.DayNumber ?? 0);
            update.AddParameter("from", basis?.CurrentFrom?.DayNumber);
            update.AddParameter("until", basis?.CurrentUntil?.DayNumber);
            await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        for (var i = 0; i < (basis?.Roles.Count ?? 0); i++)
        {
            await using var role = connection.CreateCommand("INSERT INTO standing_roles (position, role_id, name) VALUES (@position, @id, @name)", transaction);
            role.AddParameter("position", i);
            role.AddParameter("id", basis!.Roles[i].Id);
            role.AddParameter("name", basis.Roles[i].Name);
            await role.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Computes the facts of every officer who has none, a chunk at a time (in officer id order).</summary>
    private static async Task FillMissingAsync(
        DbConnection connection, DbTransaction transaction, StoreProvider provider, StandingEvaluator evaluator, Cycle plan, CancellationToken cancellationToken)
    {
        var parser = new ProgressSummaryParser(evaluator.Catalog);
        var cache = new StandingCache(evaluator, plan, plan.Period.From); // facts do not depend on the day
        var factory = new StandingFactFactory();
        var last = 0L;
        while (true)
        {
            var officers = new List<(long Id, OfficerRecords Officer)>(ReadChunk);
            await using (var command = connection.CreateCommand(
                "SELECT o.id, o.employee_code, o.designation, o.formation, o.wing, p.designation, p.officer_id, o.progress_summary, o.name, o.zone "
                + "FROM officers o LEFT JOIN igot_profiles p ON p.officer_id = o.id "
                + "WHERE o.id > @last AND o.transferred_out_at IS NULL AND NOT EXISTS (SELECT 1 FROM officer_standings s WHERE s.officer_id = o.id) "
                + $"ORDER BY o.id LIMIT {ReadChunk}",
                transaction))
            {
                command.AddParameter("last", last);
                await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    var officer = new Officer(
                        reader.GetString(1), reader.GetString(8), reader.GetString(2), reader.GetStringOrNull(3), reader.GetStringOrNull(9),
                        reader.GetStringOrNull(4) is { } wing ? Enum.Parse<Wing>(wing) : null, null, null, ProductRole.Officer, null, null);
                    var profile = reader.IsDBNull(6) ? null : new IgotProfile(reader.GetStringOrNull(5), null, null, default);
                    var records = reader.IsDBNull(7) ? [] : parser.Parse(reader.GetString(7));
                    officers.Add((reader.GetInt64(0), new OfficerRecords(officer, profile, records)));
                }
            }

            var facts = officers.Select(o => factory.Of(o.Id, cache.Evaluate(o.Officer))).ToList();
            await InsertAsync(connection, transaction, provider, facts, cancellationToken).ConfigureAwait(false);
            if (officers.Count < ReadChunk)
            {
                return;
            }

            last = officers[^1].Id;
        }
    }

    /// <summary>
    /// Inserts the facts: on PostgreSQL 256 rows a statement (one round trip each); on SQLite one row a statement,
    /// prepared once and bound by position through SQLite's own API (ADO.NET's cost a row was most of the refresh).
    /// </summary>
    private static async Task InsertAsync(DbConnection connection, DbTransaction transaction, StoreProvider provider, List<StandingFact> facts, CancellationToken cancellationToken)
    {
        if (connection is SqliteConnection sqlite)
        {
            using var statement = SqliteStatement.Prepare(sqlite, InsertSql(1));
            foreach (var fact in facts)
            {
                statement.Run(fact.ColumnValues());
            }

            return;
        }

        const int insertRows = 256;
        DbCommand? full = null;
        try
        {
            for (var start = 0; start < facts.Count; start += insertRows)
            {
                var rows = Math.Min(insertRows, facts.Count - start);
                var command = rows == insertRows ? full ??= InsertCommand(connection, transaction, rows) : InsertCommand(connection, transaction, rows);
                for (var i = 0; i < rows; i++)
                {
                    var values = facts[start + i].ColumnValues();
                    for (var column = 0; column < values.Length; column++)
                    {
                        command.Parameters[i * values.Length + column].Value = values[column] ?? DBNull.Value;
                    }
                }

                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                if (!ReferenceEquals(command, full))
                {
                    await command.DisposeAsync().ConfigureAwait(false);
                }
            }
        }
        finally
        {
            if (full is not null)
            {
                await full.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private static DbCommand InsertCommand(DbConnection connection, DbTransaction transaction, int rows)
    {
        var command = connection.CreateCommand(InsertSql(rows), transaction);
        for (var i = 0; i < rows * StandingFact.ColumnCount; i++)
        {
            command.AddParameter(ParameterName(i), null);
        }

        return command;
    }

    /// <summary>INSERT of <paramref name="rows"/> facts, parameters @p0, @p1, ... in <see cref="StandingFact.ColumnValues"/>'s order, row after row.</summary>
    private static string InsertSql(int rows)
    {
        var sql = new StringBuilder("INSERT INTO officer_standings (").AppendJoin(", ", StandingFact.Columns).Append(") VALUES ");
        for (var i = 0; i < rows; i++)
        {
            sql.Append(i == 0 ? "(" : ", (");
            for (var column = 0; column < StandingFact.ColumnCount; column++)
            {
                sql.Append(column == 0 ? "@" : ", @").Append(ParameterName(i * StandingFact.ColumnCount + column));
            }

            sql.Append(')');
        }

        return sql.ToString();
    }

    private static string ParameterName(int index) => string.Create(CultureInfo.InvariantCulture, $"p{index}");

    private static DateOnly Day(int dayNumber) => DateOnly.FromDayNumber(dayNumber);
}
