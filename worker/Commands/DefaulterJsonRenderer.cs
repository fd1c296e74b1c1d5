using System.Buffers;
using System.Text.Encodings.Web;
using KarmayogiBot.Infrastructure.Reports;

namespace KarmayogiBot.Worker.Commands;

/// <summary>
/// One defaulter of <c>summary --json</c> as UTF-8, laid out exactly as <see cref="SummaryJsonWriter.Style"/> indents an
/// object of the "defaulters" array, to be written as one raw value: text that needs no escaping (nearly all) is
/// copied as it is, so 100,000 officers' JSON costs little more than copying it.
/// </summary>
internal sealed class DefaulterJsonRenderer(JavaScriptEncoder encoder)
{
    private readonly ArrayBufferWriter<byte> _row = new(512);

    /// <summary>The defaulter's object, starting with the new line and indentation before it; valid until the next call.</summary>
    public ReadOnlySpan<byte> Render(DefaulterText d)
    {
        var row = _row;
        row.ResetWrittenCount();
        Append(row, "\n    {\n      \"employeeCode\": \""u8);
        AppendEncoded(row, d.EmployeeCode);
        Append(row, "\",\n      \"name\": \""u8);
        AppendEncoded(row, d.Name);
        Append(row, "\",\n      \"designation\": \""u8);
        AppendEncoded(row, d.Designation);
        if (d.HasFormation)
        {
            Append(row, "\",\n      \"formation\": \""u8);
            AppendEncoded(row, d.Formation);
        }

        if (d.HasRole)
        {
            Append(row, "\",\n      \"role\": \""u8);
            AppendEncoded(row, d.RoleId);
        }

        Append(row, "\",\n      \"pending\": ["u8);
        var pending = d.Pending;
        var first = true;
        foreach (var range in pending.Split((byte)','))
        {
            if (pending[range].IsEmpty)
            {
                continue;
            }

            Append(row, first ? "\n        \""u8 : ",\n        \""u8);
            AppendEncoded(row, pending[range]);
            Append(row, "\""u8);
            first = false;
        }

        Append(row, first ? "],\n      \"assessmentPassed\": "u8 : "\n      ],\n      \"assessmentPassed\": "u8);
        Append(row, d.AssessmentPassed ? "true"u8 : "false"u8);
        Append(row, ",\n      \"designationCorrect\": "u8);
        Append(row, d.DesignationCorrect ? "true"u8 : "false"u8);
        Append(row, ",\n      \"overdue\": "u8);
        Append(row, d.Overdue ? "true\n    }"u8 : "false\n    }"u8);
        return row.WrittenSpan;
    }

    private static void Append(ArrayBufferWriter<byte> buffer, ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(buffer.GetSpan(bytes.Length));
        buffer.Advance(bytes.Length);
    }

    /// <summary>A JSON string's content, escaped by the encoder the writer uses (most text needs none and is copied).</summary>
    private void AppendEncoded(ArrayBufferWriter<byte> buffer, ReadOnlySpan<byte> text)
    {
        if (encoder.FindFirstCharacterToEncodeUtf8(text) < 0)
        {
            Append(buffer, text);
            return;
        }

        // At most six bytes (\uXXXX) for each byte of the text.
        var status = encoder.EncodeUtf8(text, buffer.GetSpan(text.Length * 6), out _, out var written);
        if (status != OperationStatus.Done)
        {
            throw new InvalidOperationException($"A defaulter's text could not be encoded as JSON ({status}).");
        }

        buffer.Advance(written);
    }
}
