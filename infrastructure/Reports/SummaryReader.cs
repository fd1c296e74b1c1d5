using System.Data.Common;
using System.Text;
using KarmayogiBot.Domain.Catalog;
using KarmayogiBot.Domain.Compliance;
using KarmayogiBot.Domain.Officers;
using KarmayogiBot.Infrastructure.Storage;

namespace KarmayogiBot.Infrastructure.Reports;

/// <summary>
/// Reads what a summary needs of many officers, fast: the officers with their iGOT profile designation, and
/// each course's progress (not-started records are left out: to the rules they are the same as none). The
/// records carry no certificate, source file or report time (<see cref="StoredCourseRecord.SourceFile"/> is
/// empty); completion days only when the cycle counts courses by date. The two queries run side by side.
/// </summary>
internal static class SummaryReader
{
    public static async Task<IReadOnlyList<OfficerRecords>> ReadAsync(
        KarmayogiDatabase database, TrainingCatalog catalog, OfficerScope scope, bool withDates, CancellationToken cancellationToken)
    {
        var officersTask = Task.Run(() => ReadOfficersAsync(database, scope, cancellationToken), cancellationToken);
        var recordsTask = Task.Run(
            () => withDates ? ReadRecordsAsync(database, catalog, scope, withDates, cancellationToken) : ReadAggregatedAsync(database, catalog, scope, cancellationToken),
            cancellationToken);
        var officers = await officersTask.ConfigureAwait(false);
        var records = await recordsTask.ConfigureAwait(false);
        var result = new OfficerRecords[officers.Count];
        for (var i = 0; i < result.Length; i++)
        {
            var (id, officer, profile) = officers[i];
            result[i] = new OfficerRecords(officer, profile, records.TryGetValue(id, out var list) ? list : []);
        }

        return result;
    }

    private static async Task<List<(long Id, Officer Officer, IgotProfile? Profile)>> ReadOfficersAsync(
        KarmayogiDatabase database, OfficerScope scope, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        // What summaries show of an officer; the Entra and Teams ids are left out (null).
        var sql = new StringBuilder(
            "SELECT o.id, o.employee_code, o.name, o.designation, o.formation, o.zone, o.wing, o.email, o.mobile, o.product_role, p.designation, p.officer_id"
            + " FROM officers o LEFT JOIN igot_profiles p ON p.officer_id = o.id WHERE 1 = 1");
        OfficerRows.AppendScope(sql, command, scope);
        sql.Append(" ORDER BY o.employee_code");
        command.CommandText = sql.ToString();
        var officers = new List<(long, Officer, IgotProfile?)>();
        var strings = new Dictionary<string, string>(StringComparer.Ordinal);
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

            officers.Add((reader.GetInt64(0), officer, profile));
        }

        return officers;
    }

    /// <summary>Designations and formations repeat: one string of each.</summary>
    private static string? Shared(Dictionary<string, string> strings, string? text) =>
        text is null ? null : strings.TryGetValue(text, out var known) ? known : strings[text] = text;

    /// <summary>
    /// Each officer's records as one aggregated row ("course:c,course:i42.5", c = completed, i = in progress with
    /// its percentage): a tenth of the rows to step through. Completion days are not read.
    /// </summary>
    private static async Task<Dictionary<long, List<StoredCourseRecord>>> ReadAggregatedAsync(
        KarmayogiDatabase database, TrainingCatalog catalog, OfficerScope scope, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        var item = "r.course_id || ':' || CASE r.progress WHEN 'Completed' THEN 'c' ELSE 'i' || CAST(r.progress_percent AS TEXT) END";
        var aggregate = database.Provider == StoreProvider.Postgres ? $"string_agg({item}, ',')" : $"group_concat({item}, ',')";
        var sql = new StringBuilder($"SELECT r.officer_id, {aggregate} FROM course_records r");
        if (OfficerKeys.Name(scope.Zone) is not null || OfficerKeys.Name(scope.Formation) is not null)
        {
            sql.Append(" JOIN officers o ON o.id = r.officer_id");
        }

        sql.Append(" WHERE r.progress <> 'NotStarted'");
        OfficerRows.AppendScope(sql, command, scope);
        sql.Append(" GROUP BY r.officer_id");
        command.CommandText = sql.ToString();

        var completed = new Dictionary<string, StoredCourseRecord>(StringComparer.Ordinal);
        foreach (var course in catalog.Courses)
        {
            completed[course.Id] = new StoredCourseRecord(new CourseRecord(course.Id, CourseProgress.Completed, 100m, null), null, "", default);
        }

        var byName = completed.GetAlternateLookup<ReadOnlySpan<char>>();
        var records = new Dictionary<long, List<StoredCourseRecord>>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var list = new List<StoredCourseRecord>(8);
            var text = reader.GetString(1).AsSpan();
            foreach (var range in text.Split(','))
            {
                var entry = text[range];
                var colon = entry.LastIndexOf(':');
                var id = entry[..colon];
                var state = entry[(colon + 1)..];
                var known = byName.TryGetValue(id, out var done);
                if (state.Length > 0 && state[0] == 'c')
                {
                    list.Add(known ? done! : new StoredCourseRecord(new CourseRecord(id.ToString(), CourseProgress.Completed, 100m, null), null, "", default));
                }
                else
                {
                    var percent = decimal.TryParse(state[1..], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var p) ? p : 0m;
                    list.Add(new StoredCourseRecord(new CourseRecord(known ? done!.Record.CourseId : id.ToString(), CourseProgress.InProgress, percent, null), null, "", default));
                }
            }

            records[reader.GetInt64(0)] = list;
        }

        return records;
    }

    private static async Task<Dictionary<long, List<StoredCourseRecord>>> ReadRecordsAsync(
        KarmayogiDatabase database, TrainingCatalog catalog, OfficerScope scope, bool withDates, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        var sql = new StringBuilder(
            "SELECT r.officer_id, r.course_id, CASE r.progress WHEN 'Completed' THEN 2 ELSE 1 END, r.progress_percent"
            + (withDates ? ", r.completed_on" : "")
            + " FROM course_records r");
        if (OfficerKeys.Name(scope.Zone) is not null || OfficerKeys.Name(scope.Formation) is not null)
        {
            sql.Append(" JOIN officers o ON o.id = r.officer_id");
        }

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
