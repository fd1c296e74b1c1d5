using System.Text.Encodings.Web;
using System.Text.Json;

namespace KarmayogiBot.Worker.SampleZone;

/// <summary>
/// Writes expected.json: what a person reading the roster and the exports would conclude as of the as-of day, for the
/// cycle of the model: each officer's role, required and completed courses, assessment, compliance and iGOT
/// designation, and the zone's totals, by formation and by role (keyed by the role's assessment title). The keys are
/// those of the independent generator's expected.json (shared/tools/zonegen), so one set of checks reads both.
/// </summary>
public static class GroundTruthWriter
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <param name="extras">Added at the top level: outside_zone, transferred_out, joined.</param>
    public static void Write(string path, GeneratedZone zone, IReadOnlyList<SampleOfficer> officers, int progressRows, Action<Utf8JsonWriter>? extras = null)
    {
        var model = zone.Model;
        var request = zone.Request;
        var withRegistration = request.Unregistered > 0 || request.Transfers > 0;
        using var stream = File.Create(path);
        using var json = new Utf8JsonWriter(stream, Options);
        json.WriteStartObject();
        json.WriteString("as_of", request.AsOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        json.WriteString("cycle", model.CycleId);
        json.WriteString("deadline", model.Deadline.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        json.WriteString("zone", request.Zone);
        json.WriteStartObject("officers");
        foreach (var officer in officers)
        {
            WriteOfficer(json, model, officer, withRegistration, request.Supervisors);
        }

        json.WriteEndObject();
        json.WriteStartObject("totals");
        json.WriteNumber("officers", officers.Count);
        json.WriteNumber("compliant", officers.Count(o => o.Compliant(model)));
        json.WriteNumber("assessment_passed", officers.Count(o => o.AssessmentPassed));
        json.WriteNumber("designation_ok", officers.Count(o => o.IgotDesignationCorrect));
        json.WriteNumber("progress_rows", progressRows);
        if (withRegistration)
        {
            json.WriteNumber("registered", officers.Count(o => o.Registered));
        }

        json.WriteEndObject();
        WriteGroups(json, "by_formation", model, officers.GroupBy(o => o.Formation, StringComparer.Ordinal));
        WriteGroups(json, "by_role", model, officers.GroupBy(o => o.Role.Label, StringComparer.Ordinal));
        if (request.Supervisors)
        {
            WriteTeams(json, model, officers);
        }

        extras?.Invoke(json);
        json.WriteEndObject();
    }

    private static void WriteOfficer(Utf8JsonWriter json, SampleZoneModel model, SampleOfficer officer, bool withRegistration, bool withReportingOfficer)
    {
        var required = officer.Required(model).ToList();
        var completed = officer.Completed(model).Order(StringComparer.Ordinal).ToList();
        json.WriteStartObject(officer.Email);
        json.WriteString("employee_code", officer.EmployeeCode);
        json.WriteString("name", officer.Name);
        json.WriteString("formation", officer.Formation);
        json.WriteString("role", officer.Role.Id);
        json.WriteString("role_label", officer.Role.Label);
        json.WriteString("hr_designation", officer.Designation.Roster);
        json.WriteString("role_in_product", officer.RoleInProduct);
        Strings(json, "required", required);
        Strings(json, "assessed", officer.Role.Courses.Where(c => c.Assessed).Select(c => c.Name));
        Strings(json, "completed", completed);
        Strings(json, "pending", required.Where(c => !completed.Contains(c)));
        json.WriteBoolean("assessment_passed", officer.AssessmentPassed);
        json.WriteBoolean("compliant", officer.Compliant(model));
        json.WriteString("igot_designation", officer.IgotDesignation);
        json.WriteBoolean("igot_designation_ok", officer.IgotDesignationCorrect);
        if (withRegistration)
        {
            json.WriteBoolean("registered", officer.Registered);
        }

        if (withReportingOfficer)
        {
            json.WriteString("reports_to", officer.ReportsTo);
        }

        json.WriteEndObject();
    }

    private static void WriteGroups(Utf8JsonWriter json, string name, SampleZoneModel model, IEnumerable<IGrouping<string, SampleOfficer>> groups)
    {
        json.WriteStartObject(name);
        foreach (var group in groups)
        {
            json.WriteStartObject(group.Key);
            json.WriteNumber("officers", group.Count());
            json.WriteNumber("compliant", group.Count(o => o.Compliant(model)));
            json.WriteNumber("assessment_passed", group.Count(o => o.AssessmentPassed));
            json.WriteNumber("designation_ok", group.Count(o => o.IgotDesignationCorrect));
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    /// <summary>teams: reporting officer's code → their name, members' codes, and how many of them are compliant.</summary>
    private static void WriteTeams(Utf8JsonWriter json, SampleZoneModel model, IReadOnlyList<SampleOfficer> officers)
    {
        var byCode = officers.ToDictionary(o => o.EmployeeCode, StringComparer.Ordinal);
        json.WriteStartObject("teams");
        foreach (var team in officers.Where(o => o.ReportsTo is { } boss && byCode.ContainsKey(boss)).GroupBy(o => o.ReportsTo!, StringComparer.Ordinal))
        {
            json.WriteStartObject(team.Key);
            json.WriteString("name", byCode[team.Key].Name);
            Strings(json, "members", team.Select(o => o.EmployeeCode));
            json.WriteNumber("officers", team.Count());
            json.WriteNumber("compliant", team.Count(o => o.Compliant(model)));
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
