using System.Text.Encodings.Web;
using System.Text.Json;
using KarmayogiBot.Domain.Reporting;
using KarmayogiBot.Infrastructure.Reports;

namespace KarmayogiBot.Worker.Commands;

/// <summary>
/// Writes a zone summary as <c>worker summary --json</c> prints it (the zonegen tests compare it, byte for byte, with
/// a serialised record of the same shape), streaming the defaulters: 100,000 officers never become one object graph or
/// one string. Defaulters come as UTF-8 text (<see cref="DefaulterText"/>), on SQLite straight from the store's memory.
/// </summary>
public static class SummaryJsonWriter
{
    private const int FlushAt = 1 << 16;

    /// <summary>How <c>worker summary --json</c> writes: indented by two spaces, Hindi and symbols as written.</summary>
    public static JsonWriterOptions Style { get; } = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly JsonEncodedText EmployeeCode = JsonEncodedText.Encode("employeeCode");
    private static readonly JsonEncodedText Name = JsonEncodedText.Encode("name");
    private static readonly JsonEncodedText Designation = JsonEncodedText.Encode("designation");
    private static readonly JsonEncodedText Formation = JsonEncodedText.Encode("formation");
    private static readonly JsonEncodedText Role = JsonEncodedText.Encode("role");
    private static readonly JsonEncodedText Pending = JsonEncodedText.Encode("pending");
    private static readonly JsonEncodedText AssessmentPassed = JsonEncodedText.Encode("assessmentPassed");
    private static readonly JsonEncodedText DesignationCorrect = JsonEncodedText.Encode("designationCorrect");
    private static readonly JsonEncodedText Overdue = JsonEncodedText.Encode("overdue");

    /// <summary>The figures, and the defaulters as rows (judged officer by officer).</summary>
    public static void Write(Stream stream, JsonWriterOptions options, ZoneFigures figures, IEnumerable<DefaulterRow> defaulters) =>
        Write(stream, options, figures, action => DefaulterText.ForEach(defaulters, action));

    /// <summary>The figures and defaulters of a reading of the stored standing facts.</summary>
    public static void Write(Stream stream, JsonWriterOptions options, ZoneFiguresReading reading) =>
        Write(stream, options, reading.Figures, reading.ForEachDefaulter);

    /// <param name="forEachDefaulter">Hands each defaulter, by employee code, to the action it is given.</param>
    private static void Write(Stream stream, JsonWriterOptions options, ZoneFigures figures, Action<DefaulterText.Visitor> forEachDefaulter)
    {
        using var json = new Utf8JsonWriter(stream, options);
        WriteFigures(json, figures);
        json.WriteStartArray("defaulters");
        forEachDefaulter(defaulter =>
        {
            WriteDefaulter(json, defaulter);
            if (json.BytesPending > FlushAt)
            {
                json.Flush();
            }
        });
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteFigures(Utf8JsonWriter json, ZoneFigures figures)
    {
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

    private static void WriteDefaulter(Utf8JsonWriter json, DefaulterText defaulter)
    {
        json.WriteStartObject();
        json.WriteString(EmployeeCode, defaulter.EmployeeCode);
        json.WriteString(Name, defaulter.Name);
        json.WriteString(Designation, defaulter.Designation);
        if (defaulter.HasFormation)
        {
            json.WriteString(Formation, defaulter.Formation);
        }

        if (defaulter.HasRole)
        {
            json.WriteString(Role, defaulter.RoleId);
        }

        json.WriteStartArray(Pending);
        var pending = defaulter.Pending;
        foreach (var range in pending.Split((byte)','))
        {
            if (!pending[range].IsEmpty)
            {
                json.WriteStringValue(pending[range]);
            }
        }

        json.WriteEndArray();
        json.WriteBoolean(AssessmentPassed, defaulter.AssessmentPassed);
        json.WriteBoolean(DesignationCorrect, defaulter.DesignationCorrect);
        json.WriteBoolean(Overdue, defaulter.Overdue);
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
