using System.Text;
using System.Text.Json;
using KarmayogiBot.Domain.Officers;
using KarmayogiBot.Domain.Reporting;
using KarmayogiBot.Infrastructure.Reports;
using KarmayogiBot.Worker.Commands;

namespace KarmayogiBot.Worker.Tests.Commands;

/// <summary><c>summary --json</c>'s defaulters, rendered by hand for speed, are the JSON the writer itself would write.</summary>
public sealed class SummaryJsonWriterTests
{
    private static readonly DefaulterRow[] Defaulters =
    [
        new("CB000001", "Meena \"Mini\" Das", "Tax Assistant", "CGST Chennai North Commissionerate", "gst-ministerial", "noting-and-drafting,demands-cgst", 3, false, true, false),
        new("CB000002", "R. K. D'Souza \\ Jr.", "Inspector", "CGST Chennai North Commissionerate", "gst-field", "", 1, false, false, true),
        new("CB000003", "अनीता शर्मा", "निरीक्षक", null, null, "", 0, false, false, false),
        // The same designation, formation, role and pending courses as the first: its rendering is shared.
        new("CB000004", "S\u00e9bastien <Pillai> & co", "Tax Assistant", "CGST Chennai North Commissionerate", "gst-ministerial", "noting-and-drafting,demands-cgst", 3, false, true, false),
        new("CB000005", "Line\tTab", "Zamindar", "Chennai Custom House", null, "", 0, true, true, true),
    ];

    [Fact]
    public void Write_EveryDefaulter_ReadsBackAsWrittenAndIsLaidOutAsTheWriterLaysItOut()
    {
        var figures = new ZoneFigures(OfficerScope.ForZone("Chennai CGST Zone"), new DateOnly(2026, 3, 20), "2025-26", "Annual Training Plan 2025-26",
            new DateOnly(2026, 3, 31), new SummaryCounts(5, 0, 1, 3, 2, 2), [], []);
        using var buffer = new MemoryStream();

        SummaryJsonWriter.Write(buffer, figures, Defaulters);

        using var document = JsonDocument.Parse(buffer.ToArray());
        var written = document.RootElement.GetProperty("defaulters").EnumerateArray().ToList();
        Assert.Equal(Defaulters.Length, written.Count);
        for (var i = 0; i < Defaulters.Length; i++)
        {
            var d = Defaulters[i];
            var w = written[i];
            Assert.Equal(d.EmployeeCode, w.GetProperty("employeeCode").GetString());
            Assert.Equal(d.Name, w.GetProperty("name").GetString());
            Assert.Equal(d.Designation, w.GetProperty("designation").GetString());
            Assert.Equal(d.Formation, w.TryGetProperty("formation", out var f) ? f.GetString() : null);
            Assert.Equal(d.RoleId, w.TryGetProperty("role", out var r) ? r.GetString() : null);
            Assert.Equal(d.Pending.Split(',', StringSplitOptions.RemoveEmptyEntries), w.GetProperty("pending").EnumerateArray().Select(p => p.GetString()));
            Assert.Equal((d.AssessmentPassed, d.DesignationCorrect, d.Overdue),
                (w.GetProperty("assessmentPassed").GetBoolean(), w.GetProperty("designationCorrect").GetBoolean(), w.GetProperty("overdue").GetBoolean()));
        }

        // Written again by Utf8JsonWriter itself in the same style, the document is byte for byte what was printed.
        using var again = new MemoryStream();
        using (var writer = new Utf8JsonWriter(again, SummaryJsonWriter.Style))
        {
            document.WriteTo(writer);
        }

        Assert.Equal(Encoding.UTF8.GetString(again.ToArray()), Encoding.UTF8.GetString(buffer.ToArray()));
    }
}
