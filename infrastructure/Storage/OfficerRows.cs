using System.Data.Common;
using System.Text;
using KarmayogiBot.Domain.Catalog;
using KarmayogiBot.Domain.Compliance;
using KarmayogiBot.Domain.Officers;

namespace KarmayogiBot.Infrastructure.Storage;

/// <summary>Reading officers, profiles and records from rows; the column lists and scope filters the stores share.</summary>
internal static class OfficerRows
{
    public const string OfficerColumns =
        "o.employee_code, o.name, o.designation, o.formation, o.zone, o.wing, o.email, o.mobile, o.product_role, o.aad_object_id, o.teams_user_id, o.reports_to";

    public const int OfficerColumnCount = 12;

    public static Officer ReadOfficer(DbDataReader reader, int first = 0) => new(
        reader.GetString(first),
        reader.GetString(first + 1),
        reader.GetString(first + 2),
        reader.GetStringOrNull(first + 3),
        reader.GetStringOrNull(first + 4),
        reader.GetStringOrNull(first + 5) is { } wing ? Enum.Parse<Wing>(wing) : null,
        reader.GetStringOrNull(first + 6),
        reader.GetStringOrNull(first + 7),
        Enum.Parse<ProductRole>(reader.GetString(first + 8)),
        reader.GetStringOrNull(first + 9),
        reader.GetStringOrNull(first + 10),
        reader.GetStringOrNull(first + 11));

    /// <summary>Profile columns: designation, grp, profile_status, reported_at (null reported_at means no profile).</summary>
    public const string ProfileColumns = "p.designation, p.grp, p.profile_status, p.reported_at";

    public static IgotProfile? ReadProfile(DbDataReader reader, int first) =>
        reader.IsDBNull(first + 3)
            ? null
            : new IgotProfile(reader.GetStringOrNull(first), reader.GetStringOrNull(first + 1), reader.GetStringOrNull(first + 2), reader.GetDateTime(first + 3));

    public const string RecordColumns =
        "r.course_id, r.progress, r.progress_percent, r.completed_on, r.certificate_id, r.source_file, r.reported_at";

    public static StoredCourseRecord ReadRecord(DbDataReader reader, int first) => new(
        new CourseRecord(
            reader.GetString(first),
            ProgressFromText(reader.GetString(first + 1)),
            reader.GetDecimal(first + 2),
            reader.IsDBNull(first + 3) ? null : reader.GetFieldValue<DateOnly>(first + 3)),
        reader.GetStringOrNull(first + 4),
        reader.GetString(first + 5),
        reader.GetDateTime(first + 6));

    public static string ProgressText(CourseProgress progress) => progress switch
    {
        CourseProgress.Completed => "Completed",
        CourseProgress.InProgress => "InProgress",
        _ => "NotStarted",
    };

    public static CourseProgress ProgressFromText(string text) => text switch
    {
        "Completed" => CourseProgress.Completed,
        "InProgress" => CourseProgress.InProgress,
        _ => CourseProgress.NotStarted,
    };

    /// <summary>Appends " AND o.zone_key = @zone ..." for the scope and adds the parameters.</summary>
    /// <param name="table">The alias of the table with the zone_key and formation_key columns.</param>
    public static void AppendScope(StringBuilder sql, DbCommand command, OfficerScope scope, string table = "o")
    {
        if (table == "o")
        {
            // Transferred out: kept with their history, in no zone's (nor all zones') figures, lists, exports or nudges.
            // The standing facts ("s") have none of them (FillMissing leaves them out).
            sql.Append(" AND o.transferred_out_at IS NULL");
        }

        if (OfficerKeys.Name(scope.Zone) is { } zone)
        {
            sql.Append(" AND ").Append(table).Append(".zone_key = @zone");
            command.AddParameter("zone", zone);
        }

        if (OfficerKeys.Name(scope.Formation) is { } formation)
        {
            sql.Append(" AND ").Append(table).Append(".formation_key = @formation");
            command.AddParameter("formation", formation);
        }
    }

    /// <summary>Timestamps are kept in UTC (PostgreSQL's timestamptz accepts only UTC offsets).</summary>
    public static DateTimeOffset Utc(DateTimeOffset value) => value.ToUniversalTime();
}
