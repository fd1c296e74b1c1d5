using System.Data;
using System.Data.Common;
using System.Globalization;
using System.Text;
using KarmayogiBot.Domain.Officers;
using KarmayogiBot.Domain.Reporting;
using KarmayogiBot.Infrastructure.Reports.Standings;
using KarmayogiBot.Infrastructure.Storage;

namespace KarmayogiBot.Infrastructure.Reports;

/// <summary>
/// Zone and formation summaries from the stored standing facts (<see cref="StandingFactsTable"/>): the counts are
/// aggregated by the database over the facts' own covering index (by formation and role, overdue against the day asked
/// about) and the defaulters read in one lean query (for JSON, each defaulter's stored rendering), both in one snapshot. When the facts are not current for this catalog, program and day, they
/// are made current first (a write); when the plan in force counts courses by date there are no facts, and
/// <see cref="ZoneSummaryService"/> judges officer by officer. Same figures as <see cref="ZoneSummaryService"/>.
/// </summary>
public sealed class ZoneFiguresService(KarmayogiDatabase database, CatalogSource catalog)
{
    /// <summary>The figures of the scope on <paramref name="asOf"/> (India time), with the defaulters to read; null when the plan in force then counts courses by date.</summary>
    public async Task<ZoneFiguresReading?> OpenAsync(OfficerScope scope, DateOnly asOf, CancellationToken cancellationToken = default)
    {
        var fingerprint = StandingBasis.FingerprintOf(catalog.Fingerprint);
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            for (var attempt = 0; ; attempt++)
            {
                var snapshot = await BeginSnapshotAsync(connection, cancellationToken).ConfigureAwait(false);
                var basis = await StandingFactsTable.ReadBasisAsync(connection, snapshot, database.Provider, lockForUpdate: false, cancellationToken).ConfigureAwait(false);
                if (basis is not null && basis.Serves(fingerprint, asOf)
                    && await ReadFiguresAsync(connection, snapshot, basis, scope, asOf, cancellationToken).ConfigureAwait(false) is { } figures)
                {
                    return new ZoneFiguresReading(connection, snapshot, figures);
                }

                await snapshot.DisposeAsync().ConfigureAwait(false);
                if (attempt > 0)
                {
                    throw new InvalidOperationException("The standing facts are still not current after being made current.");
                }

                await using var write = await database.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
                var made = await StandingFactsTable.MakeCurrentAsync(
                    connection, write, database.Provider, catalog.Evaluator, asOf, keepStoredPlan: false, cancellationToken).ConfigureAwait(false);
                await write.CommitAsync(cancellationToken).ConfigureAwait(false);
                if (made is null)
                {
                    await connection.DisposeAsync().ConfigureAwait(false);
                    return null;
                }
            }
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>One snapshot for the counts and the defaulters (SQLite: a deferred read; PostgreSQL: repeatable read).</summary>
    private async Task<DbTransaction> BeginSnapshotAsync(DbConnection connection, CancellationToken cancellationToken) =>
        database.Provider == StoreProvider.Postgres
            ? await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken).ConfigureAwait(false)
            : await database.BeginReadAsync(connection, cancellationToken).ConfigureAwait(false);

    /// <summary>
    /// The counts by formation and role, from the facts alone (their own index covers the query); null when an officer of
    /// the scope has no facts (forgotten since): the facts then count fewer officers than the officers table.
    /// </summary>
    private static async Task<ZoneFigures?> ReadFiguresAsync(
        DbConnection connection, DbTransaction snapshot, StandingBasis basis, OfficerScope scope, DateOnly asOf, CancellationToken cancellationToken)
    {
        var figures = new ZoneTally(basis.CycleId, basis.CycleTitle, basis.Deadline, basis.Roles);
        var withFacts = 0L;
        await using (var command = connection.CreateCommand("", snapshot))
        {
            var sql = new StringBuilder("""
                SELECT s.formation, s.role_id, MIN(s.employee_code), COUNT(*), SUM(s.compliant), SUM(s.assessment_passed), SUM(s.designation_correct),
                    SUM(CASE WHEN s.overdue_from <= @day THEN 1 ELSE 0 END), SUM(s.registered)
                FROM officer_standings s
                WHERE 1 = 1
                """);
            OfficerRows.AppendScope(sql, command, scope, table: "s");
            sql.Append(" GROUP BY s.formation, s.role_id");
            command.CommandText = sql.ToString();
            command.AddParameter("day", asOf.DayNumber);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var roleId = reader.GetStringOrNull(1);
                var officers = (int)reader.GetInt64(3);
                var counts = new SummaryCounts(
                    officers, (int)reader.GetInt64(4), (int)reader.GetInt64(5), (int)reader.GetInt64(6), (int)reader.GetInt64(7), roleId is null ? officers : 0, (int)reader.GetInt64(8));
                figures.Add(reader.GetStringOrNull(0), roleId, reader.GetString(2), counts);
                withFacts += officers;
            }
        }

        await using (var command = connection.CreateCommand("", snapshot))
        {
            var sql = new StringBuilder("SELECT COUNT(*) FROM officers o WHERE 1 = 1");
            OfficerRows.AppendScope(sql, command, scope);
            command.CommandText = sql.ToString();
            var officers = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
            return officers == withFacts ? figures.Figures(scope, asOf) : null;
        }
    }
}
