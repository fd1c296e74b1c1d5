using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace KarmayogiBot.Infrastructure.Reports;

/// <summary>
/// Writes a zone summary as <c>worker summary --json</c> prints it (the shape of <see cref="SummaryJson"/>, property for
/// property), streaming the defaulters: 100,000 officers never become one object graph or one string. In
/// <see cref="Style"/>, defaulters can come pre-rendered (<see cref="RenderDefaulter"/>, kept with the standing facts):
/// each is then copied as it is, with only its overdue flag written.
/// </summary>
public static class SummaryJsonWriter
{
    private const int FlushAt = 1 << 16;

    /// <summary>How <c>worker summary --json</c> writes: indented by two spaces, Hindi and symbols as written.</summary>
    public static JsonWriterOptions Style { get; } = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>What comes before a defaulter in the array and after its last property but overdue, in <see cref="Style"/>.</summary>
    private static readonly byte[] DefaulterLead = Encoding.UTF8.GetBytes(Style.NewLine + Indent(2));
    private static readonly byte[] OverdueTrue = Overdue(true);
    private static readonly byte[] OverdueFalse = Overdue(false);

    public static void Write(Stream stream, JsonWriterOptions options, ZoneFigures figures, IEnumerable<DefaulterRow> defaulters)
    {
        using var json = new Utf8JsonWriter(stream, options);
        WriteFigures(json, figures);
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

    /// <summary>Whether defaulters rendered by <see cref="RenderDefaulter"/> fit what <paramref name="options"/> would write.</summary>
    public static bool WritesInStyle(JsonWriterOptions options) =>
        options.Indented == Style.Indented && options.Encoder == Style.Encoder && options.IndentSize == Style.IndentSize
        && options.IndentCharacter == Style.IndentCharacter && options.NewLine == Style.NewLine;

    /// <summary>The same in <see cref="Style"/>, from defaulters already rendered: byte for byte what <see cref="Write"/> gives.</summary>
    internal static void Write(Stream stream, ZoneFigures figures, IEnumerable<RenderedDefaulter> defaulters)
    {
        var buffer = new ArrayBufferWriter<byte>(FlushAt * 2);
        using var json = new Utf8JsonWriter(buffer, Style);
        WriteFigures(json, figures);
        json.WriteStartArray("defaulters");
        json.Flush();
        var first = true;
        foreach (var defaulter in defaulters)
        {
            if (!first)
            {
                Append(buffer, ","u8);
            }

            Append(buffer, DefaulterLead);
            Append(buffer, defaulter.Json);
            Append(buffer, defaulter.Overdue ? OverdueTrue : OverdueFalse);
            first = false;
            if (buffer.WrittenCount > FlushAt)
            {
                stream.Write(buffer.WrittenSpan);
                buffer.ResetWrittenCount();
            }
        }

        if (!first)
        {
            // The writer saw an empty array: it would close it on the same line.
            Append(buffer, Encoding.UTF8.GetBytes(Style.NewLine + Indent(1)));
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        stream.Write(buffer.WrittenSpan);
    }

    /// <summary>
    /// A defaulter as <see cref="Write(Stream, ZoneFigures, IEnumerable{RenderedDefaulter})"/> copies it: the object in
    /// <see cref="Style"/> at its place in the document, from its opening brace to its last property but overdue.
    /// </summary>
    internal static byte[] RenderDefaulter(DefaulterRow defaulter)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using var json = new Utf8JsonWriter(buffer, Style);
        json.WriteStartObject();
        json.WriteStartArray("defaulters");
        json.Flush();
        var start = buffer.WrittenCount + DefaulterLead.Length;
        WriteDefaulterButOverdue(json, defaulter);
        json.Flush();
        return buffer.WrittenSpan[start..].ToArray();
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

    private static void WriteDefaulter(Utf8JsonWriter json, DefaulterRow defaulter)
    {
        WriteDefaulterButOverdue(json, defaulter);
        json.WriteBoolean("overdue", defaulter.Overdue);
        json.WriteEndObject();
    }

    private static void WriteDefaulterButOverdue(Utf8JsonWriter json, DefaulterRow defaulter)
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
    }

    /// <summary>A defaulter's overdue property and closing brace, after its other properties, in <see cref="Style"/>.</summary>
    private static byte[] Overdue(bool overdue) =>
        Encoding.UTF8.GetBytes($",{Style.NewLine}{Indent(3)}\"overdue\": {(overdue ? "true" : "false")}{Style.NewLine}{Indent(2)}}}");

    private static string Indent(int depth) => new(Style.IndentCharacter, depth * Style.IndentSize);

    private static void Append(ArrayBufferWriter<byte> buffer, ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(buffer.GetSpan(bytes.Length));
        buffer.Advance(bytes.Length);
    }

    private static void WriteIfNotNull(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }
}
