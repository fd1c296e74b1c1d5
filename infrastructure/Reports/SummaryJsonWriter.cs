using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using KarmayogiBot.Domain.Reporting;

namespace KarmayogiBot.Infrastructure.Reports;

/// <summary>
/// Writes a zone summary as <c>worker summary --json</c> prints it (the zonegen tests compare it, byte for byte, with
/// a serialised record of the same shape), streaming the defaulters: 100,000 officers never become one object graph or
/// one string. In <see cref="Style"/>, defaulters can come pre-rendered (<see cref="RenderDefaulter"/>, kept with the
/// standing facts): each is then copied as it is, with only its overdue flag written (<see cref="StartRendered"/>).
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

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_renderBuffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_renderWriter;

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

    /// <summary>
    /// The same in <see cref="Style"/>, from defaulters already rendered: the figures are written at once, then each
    /// <see cref="RenderedDefaulters.Add"/> copies one, and <see cref="RenderedDefaulters.Finish"/> closes the document;
    /// byte for byte what <see cref="Write(Stream, JsonWriterOptions, ZoneFigures, IEnumerable{DefaulterRow})"/> gives.
    /// </summary>
    internal static RenderedDefaulters StartRendered(Stream stream, ZoneFigures figures) => new(stream, figures);

    /// <summary>Defaulters rendered by <see cref="RenderDefaulter"/>, written after the figures.</summary>
    internal sealed class RenderedDefaulters : IDisposable
    {
        private readonly Stream _stream;
        private readonly ArrayBufferWriter<byte> _buffer = new(FlushAt * 2);
        private readonly Utf8JsonWriter _json;
        private bool _any;

        public RenderedDefaulters(Stream stream, ZoneFigures figures)
        {
            _stream = stream;
            _json = new Utf8JsonWriter(_buffer, Style);
            WriteFigures(_json, figures);
            _json.WriteStartArray("defaulters");
            _json.Flush();
        }

        /// <param name="json">What <see cref="RenderDefaulter"/> gave for the defaulter.</param>
        public void Add(ReadOnlySpan<byte> json, bool overdue)
        {
            if (_any)
            {
                Append(","u8);
            }

            Append(DefaulterLead);
            Append(json);
            Append(overdue ? OverdueTrue : OverdueFalse);
            _any = true;
            if (_buffer.WrittenCount > FlushAt)
            {
                _stream.Write(_buffer.WrittenSpan);
                _buffer.ResetWrittenCount();
            }
        }

        public void Finish()
        {
            if (_any)
            {
                // The writer saw an empty array: it would close it on the same line.
                Append(Encoding.UTF8.GetBytes(Style.NewLine + Indent(1)));
            }

            _json.WriteEndArray();
            _json.WriteEndObject();
            _json.Flush();
            _stream.Write(_buffer.WrittenSpan);
            _buffer.ResetWrittenCount();
        }

        public void Dispose() => _json.Dispose();

        private void Append(ReadOnlySpan<byte> bytes)
        {
            bytes.CopyTo(_buffer.GetSpan(bytes.Length));
            _buffer.Advance(bytes.Length);
        }
    }

    /// <summary>
    /// A defaulter as <see cref="RenderedDefaulters.Add"/> copies it: the object in
    /// <see cref="Style"/> at its place in the document, from its opening brace to its last property but overdue.
    /// </summary>
    internal static byte[] RenderDefaulter(DefaulterRow defaulter)
    {
        // The facts of 100,000 officers are rendered in one go: one buffer and writer a thread, reset for each.
        var buffer = t_renderBuffer ??= new ArrayBufferWriter<byte>(1024);
        buffer.ResetWrittenCount();
        var json = t_renderWriter ??= new Utf8JsonWriter(buffer, Style);
        json.Reset(buffer);
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

    private static void WriteIfNotNull(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }
}
