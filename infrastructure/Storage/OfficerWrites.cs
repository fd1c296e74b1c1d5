using System.Data.Common;
using KarmayogiBot.Domain.Officers;

namespace KarmayogiBot.Infrastructure.Storage;

/// <summary>The officer upsert shared by <see cref="SqlOfficerStore"/> and the roster import.</summary>
internal static class OfficerWrites
{
    public const string UpsertSql = """
        INSERT INTO officers (employee_code, name, designation, formation, formation_key, zone, zone_key, wing, email, email_key,
                              mobile, mobile_key, product_role, aad_object_id, teams_user_id, reports_to, reports_to_key, updated_at)
        VALUES (@code, @name, @designation, @formation, @formation_key, @zone, @zone_key, @wing, @email, @email_key,
                @mobile, @mobile_key, @role, @aad, @teams, @reports_to, @reports_to_key, @now)
        ON CONFLICT (employee_code) DO UPDATE SET
            name = excluded.name, designation = excluded.designation, formation = excluded.formation,
            formation_key = excluded.formation_key, zone = excluded.zone, zone_key = excluded.zone_key, wing = excluded.wing,
            email = excluded.email, email_key = excluded.email_key, mobile = excluded.mobile, mobile_key = excluded.mobile_key,
            product_role = excluded.product_role, aad_object_id = excluded.aad_object_id, teams_user_id = excluded.teams_user_id,
            reports_to = excluded.reports_to, reports_to_key = excluded.reports_to_key, updated_at = excluded.updated_at
        """;

    /// <summary>A roster's row: the officer is (again) of the zone the row names, no longer transferred out.</summary>
    public const string RosterUpsertSql = UpsertSql + ", transferred_out_at = NULL, transferred_from = NULL";

    public static void Bind(DbCommand command, Officer officer, DateTimeOffset now)
    {
        command.Parameters.Clear();
        command.AddParameter("code", officer.EmployeeCode);
        command.AddParameter("name", officer.Name);
        command.AddParameter("designation", officer.Designation);
        command.AddParameter("formation", officer.Formation);
        command.AddParameter("formation_key", OfficerKeys.Name(officer.Formation));
        command.AddParameter("zone", officer.Zone);
        command.AddParameter("zone_key", OfficerKeys.Name(officer.Zone));
        command.AddParameter("wing", officer.Wing?.ToString());
        command.AddParameter("email", officer.Email);
        command.AddParameter("email_key", OfficerKeys.Email(officer.Email));
        command.AddParameter("mobile", officer.Mobile);
        command.AddParameter("mobile_key", OfficerKeys.Mobile(officer.Mobile));
        command.AddParameter("role", officer.Role.ToString());
        command.AddParameter("aad", officer.AadObjectId);
        command.AddParameter("teams", officer.TeamsUserId);
        command.AddParameter("reports_to", officer.ReportsTo);
        command.AddParameter("reports_to_key", OfficerKeys.Code(officer.ReportsTo));
        command.AddParameter("now", OfficerRows.Utc(now));
    }
}
