using System.Text.Json;

namespace KarmayogiBot.Infrastructure.Reports;

/// <summary>
/// Writes a zone summary as <c>worker summary --json</c> prints it (the shape of <see cref="SummaryJson"/>, property for
/// property), streaming the defaulters: 100,000 officers never become one object graph or one string.
/// </summary>
public static class SummaryJsonWriter
{
    private const int FlushAt = 1 << 16;

    public static void Write(Stream stream, JsonWriterOptions options, ZoneFigures figures, IEnumerable<DefaulterRow> defaulters)
    {
        using var json = new Utf8JsonWriter(stream, options);
        json.WriteStartObject();
        WriteIfNotNull(json, "zone", figures.Scope.Zone);
        WriteIfNotNull(json, "formation", figures.Scope.Formation);
        json.WriteString("asOf", StandingJson.Day(figures.AsOf));
        json.WriteString("cycle", figures.CycleId);
        json.WriteString("deadline", StandingJson.Day(figures.Deadline));
        json.WriteNumber("daysLeft", figures.DaysLeft);
        json.WritePropertyName("totals");
        WriteCounts(json, figures.Totals, null);
        WriteGroups(json, "byFormation", figures.ByFormation, named: false);
        WriteGroups(json, "byRole", figures.ByRole, named: true);
        json.WriteStartArray("defaulters");
        foreach (var defaulter in defaulters)
        {
            WriteDefaulter(json, defaulter);
            if (json.BytesPending > FlushAt)
            {
                json.Flush();
            }
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteGroups(Utf8JsonWriter json, string name, IReadOnlyList<GroupSummary> groups, bool named)
    {
        json.WriteStartObject(name);
        foreach (var group in groups)
        {
            json.WritePropertyName(group.Key);
            WriteCounts(json, group.Counts, named ? group.Name : null);
        }

        json.WriteEndObject();
    }

    private static void WriteCounts(Utf8JsonWriter json, SummaryCounts counts, string? name)
    {
        json.WriteStartObject();
        WriteIfNotNull(json, "name", name);
        json.WriteNumber("officers", counts.Officers);
        json.WriteNumber("compliant", counts.Compliant);
        json.WriteNumber("assessmentPassed", counts.AssessmentPassed);
        json.WriteNumber("designationCorrect", counts.DesignationCorrect);
        json.WriteNumber("overdue", counts.Overdue);
        json.WriteNumber("notCompliant", counts.NotCompliant);
        json.WriteNumber("roleUnknown", counts.UnknownRole);
        json.WriteEndObject();
    }

    private static void WriteDefaulter(Utf8JsonWriter json, DefaulterRow defaulter)
    {
        json.WriteStartObject();
        json.WriteString("employeeCode", defaulter.EmployeeCode);
        json.WriteString("name", defaulter.Name);
        json.WriteString("designation", defaulter.Designation);
        WriteIfNotNull(json, "formation", defaulter.Formation);
        WriteIfNotNull(json, "role", defaulter.RoleId);
        json.WriteStartArray("pending");
        var pending = defaulter.Pending.AsSpan();
        foreach (var range in pending.Split(','))
        {
            if (!pending[range].IsEmpty)
            {
                json.WriteStringValue(pending[range]);
            }
        }

        json.WriteEndArray();
        json.WriteBoolean("assessmentPassed", defaulter.AssessmentPassed);
        json.WriteBoolean("designationCorrect", defaulter.DesignationCorrect);
        json.WriteBoolean("overdue", defaulter.Overdue);
        json.WriteEndObject();
    }

    private static void WriteIfNotNull(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }
}
