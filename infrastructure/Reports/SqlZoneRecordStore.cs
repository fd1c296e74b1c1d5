using System.Text;
using KarmayogiBot.Domain.Catalog;
using KarmayogiBot.Domain.Compliance;
using KarmayogiBot.Domain.Officers;
using KarmayogiBot.Domain.Reporting;
using KarmayogiBot.Infrastructure.Storage;

namespace KarmayogiBot.Infrastructure.Reports;

/// <summary>
/// The store's side of <see cref="IZoneRecordStore"/>: reads what a summary needs of many officers, fast: the officers
/// with their iGOT profile designation, and each course's progress (not-started records are left out: to the rules they are the same as none). The
/// records carry no certificate, source file or report time (<see cref="StoredCourseRecord.SourceFile"/> is
/// empty). In role-based plans one query does, over officers.progress_summary (kept by the iGOT import); when
/// the cycle counts courses by date, the records are read with their completion days, side by side.
/// </summary>
public sealed class SqlZoneRecordStore(KarmayogiDatabase database, TrainingCatalog catalog) : IZoneRecordStore
{
    public async Task<IReadOnlyList<OfficerRecords>> ReadAsync(OfficerScope scope, bool withCompletionDays, CancellationToken cancellationToken = default)
    {
        if (!withCompletionDays)
        {
            // One query: the import keeps each officer's progress in officers.progress_summary.
            var lean = await ReadOfficersAsync(database, scope, catalog, cancellationToken).ConfigureAwait(false);
            return lean.Select(o => new OfficerRecords(o.Officer, o.Profile, o.Records ?? [])).ToList();
        }

        var officersTask = Task.Run(() => ReadOfficersAsync(database, scope, null, cancellationToken), cancellationToken);
        var recordsTask = Task.Run(() => ReadRecordsAsync(database, catalog, scope, withDates: true, cancellationToken), cancellationToken);
        var officers = await officersTask.ConfigureAwait(false);
        var records = await recordsTask.ConfigureAwait(false);
        var result = new OfficerRecords[officers.Count];
        for (var i = 0; i < result.Length; i++)
        {
            var (id, officer, profile, _) = officers[i];
            result[i] = new OfficerRecords(officer, profile, records.TryGetValue(id, out var list) ? list : []);
        }

        return result;
    }

    /// <param name="catalog">When given, each officer's records are read from officers.progress_summary too.</param>
    private static async Task<List<(long Id, Officer Officer, IgotProfile? Profile, List<StoredCourseRecord>? Records)>> ReadOfficersAsync(
        KarmayogiDatabase database, OfficerScope scope, TrainingCatalog? catalog, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        // What summaries show of an officer; the Entra and Teams ids are left out (null).
        var sql = new StringBuilder(
            "SELECT o.id, o.employee_code, o.name, o.designation, o.formation, o.zone, o.wing, o.email, o.mobile, o.product_role, p.designation, p.officer_id, "
            + (catalog is null ? "NULL" : "o.progress_summary")
            + " FROM officers o LEFT JOIN igot_profiles p ON p.officer_id = o.id WHERE 1 = 1");
        OfficerRows.AppendScope(sql, command, scope);
        sql.Append(" ORDER BY o.employee_code");
        command.CommandText = sql.ToString();
        var officers = new List<(long, Officer, IgotProfile?, List<StoredCourseRecord>?)>();
        var strings = new Dictionary<string, string>(StringComparer.Ordinal);
        var parser = catalog is null ? null : new ProgressSummaryParser(catalog);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        const int profileAt = 10;
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var officer = new Officer(
                reader.GetString(1),
                reader.GetString(2),
                Shared(strings, reader.GetString(3))!,
                Shared(strings, reader.GetStringOrNull(4)),
                Shared(strings, reader.GetStringOrNull(5)),
                reader.GetStringOrNull(6) is { } wing ? Enum.Parse<Wing>(wing) : null,
                reader.GetStringOrNull(7),
                reader.GetStringOrNull(8),
                Enum.Parse<ProductRole>(reader.GetString(9)),
                null,
                null);
            IgotProfile? profile = null;
            if (!reader.IsDBNull(profileAt + 1))
            {
                profile = new IgotProfile(Shared(strings, reader.GetStringOrNull(profileAt)), null, null, default);
            }

            officers.Add((reader.GetInt64(0), officer, profile, parser is not null && !reader.IsDBNull(12) ? parser.Parse(reader.GetString(12)) : null));
        }

        return officers;
    }

    /// <summary>Designations and formations repeat: one string of each.</summary>
    private static string? Shared(Dictionary<string, string> strings, string? text) =>
        text is null ? null : strings.TryGetValue(text, out var known) ? known : strings[text] = text;

    private static async Task<Dictionary<long, List<StoredCourseRecord>>> ReadRecordsAsync(
        KarmayogiDatabase database, TrainingCatalog catalog, OfficerScope scope, bool withDates, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        var sql = new StringBuilder(
            "SELECT r.officer_id, r.course_id, CASE r.progress WHEN 'Completed' THEN 2 ELSE 1 END, r.progress_percent"
            + (withDates ? ", r.completed_on" : "")
            + " FROM course_records r JOIN officers o ON o.id = r.officer_id"); // the scope (and leaving transferred-out officers out) is on officers, for all zones too
        sql.Append(" WHERE r.progress <> 'NotStarted'");
        OfficerRows.AppendScope(sql, command, scope);
        command.CommandText = sql.ToString();

        // A completed course reads the same for every officer (when no dates are needed): one record object each.
        var completed = new Dictionary<string, StoredCourseRecord>(StringComparer.Ordinal);
        var ids = catalog.Courses.ToDictionary(c => c.Id, c => c.Id, StringComparer.Ordinal);
        var records = new Dictionary<long, List<StoredCourseRecord>>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var officer = reader.GetInt64(0);
            var course = reader.GetString(1);
            course = ids.GetValueOrDefault(course) ?? course;
            StoredCourseRecord record;
            if (reader.GetInt32(2) == 2)
            {
                if (withDates)
                {
                    var day = reader.IsDBNull(4) ? (DateOnly?)null : reader.GetFieldValue<DateOnly>(4);
                    record = new StoredCourseRecord(new CourseRecord(course, CourseProgress.Completed, 100m, day), null, "", default);
                }
                else if (!completed.TryGetValue(course, out record!))
                {
                    record = completed[course] = new StoredCourseRecord(new CourseRecord(course, CourseProgress.Completed, 100m, null), null, "", default);
                }
            }
            else
            {
                record = new StoredCourseRecord(new CourseRecord(course, CourseProgress.InProgress, reader.GetDecimal(3), null), null, "", default);
            }

            if (!records.TryGetValue(officer, out var list))
            {
                records[officer] = list = new List<StoredCourseRecord>(8);
            }

            list.Add(record);
        }

        return records;
    }
}
