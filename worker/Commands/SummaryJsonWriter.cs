using System.Text.Encodings.Web;
using System.Text.Json;
using KarmayogiBot.Domain.Reporting;
using KarmayogiBot.Infrastructure.Reports;

namespace KarmayogiBot.Worker.Commands;

/// <summary>
/// Writes a zone summary as <c>worker summary --json</c> prints it (the zonegen tests compare it, byte for byte, with
/// a serialised record of the same shape), streaming the defaulters: 100,000 officers never become one object graph or
/// one string. Defaulters come as UTF-8 text (<see cref="DefaulterText"/>), on SQLite straight from the store's memory,
/// and go out as raw values (<see cref="DefaulterJsonRenderer"/>); always in <see cref="Style"/>, which they are laid out for.
/// </summary>
public static class SummaryJsonWriter
{
    private const int FlushAt = 1 << 16;

    /// <summary>How <c>worker summary --json</c> writes: indented by two spaces, Hindi and symbols as written.</summary>
    public static JsonWriterOptions Style { get; } = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, NewLine = "\n" };

    /// <summary>The figures, and the defaulters as rows (judged officer by officer).</summary>
    public static void Write(Stream stream, ZoneFigures figures, IEnumerable<DefaulterRow> defaulters) =>
        Write(stream, figures, action => DefaulterText.ForEach(defaulters, action));

    /// <summary>The figures and defaulters of a reading of the stored standing facts.</summary>
    public static void Write(Stream stream, ZoneFiguresReading reading) =>
        Write(stream, reading.Figures, reading.ForEachDefaulter);

    /// <param name="forEachDefaulter">Hands each defaulter, by employee code, to the action it is given.</param>
    private static void Write(Stream stream, ZoneFigures figures, Action<DefaulterText.Visitor> forEachDefaulter)
    {
        using var json = new Utf8JsonWriter(stream, Style);
        var rendered = new DefaulterJsonRenderer(Style.Encoder!);
        WriteFigures(json, figures);
        json.WriteStartArray("defaulters");
        forEachDefaulter(defaulter =>
        {
            json.WriteRawValue(rendered.Render(defaulter), skipInputValidation: true);
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
        json.WriteNumber("registered", counts.Registered);
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
