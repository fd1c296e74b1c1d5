using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using KarmayogiBot.Domain.Compliance;
using KarmayogiBot.Domain.Reporting;

namespace KarmayogiBot.Infrastructure.Reports;

/// <summary>
/// Writes a zone summary as .xlsx in the circulars' report format: a "Summary" sheet (totals, by formation,
/// by role) and a "Defaulters" sheet (Sl. No, Employee Code, Name of the Officer, Designation, Contact Number,
/// E-mail ID, then the status columns). Rows are streamed, so 100,000 officers take little memory. Any string can be
/// written (characters XML cannot hold are removed, <see cref="XmlText"/>); a failed write leaves no file.
/// </summary>
public static class SummaryWorkbook
{
    private static readonly string[] OfficerColumns =
    [
        "Sl. No", "Employee Code", "Name of the Officer", "Designation", "Contact Number", "E-mail ID",
        "Formation", "Role", "Courses pending", "Assessment passed", "Correct iGOT designation", "iGOT designation to select", "Overdue",
    ];

    public static void Write(ZoneSummary summary, string path)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        try
        {
            WriteWorkbook(summary, path);
        }
        catch
        {
            // Never leave a truncated workbook behind.
            File.Delete(path);
            throw;
        }
    }

    private static void WriteWorkbook(ZoneSummary summary, string path)
    {
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        var sheets = workbook.Workbook.AppendChild(new Sheets());

        var summaryPart = workbook.AddNewPart<WorksheetPart>();
        WriteSummary(summaryPart, summary);
        sheets.Append(new Sheet { Id = workbook.GetIdOfPart(summaryPart), SheetId = 1, Name = "Summary" });

        var defaultersPart = workbook.AddNewPart<WorksheetPart>();
        WriteDefaulters(defaultersPart, summary);
        sheets.Append(new Sheet { Id = workbook.GetIdOfPart(defaultersPart), SheetId = 2, Name = "Defaulters" });
        workbook.Workbook.Save();
    }

    private static void WriteSummary(WorksheetPart part, ZoneSummary summary)
    {
        using var writer = OpenXmlWriter.Create(part);
        writer.WriteStartElement(new Worksheet());
        writer.WriteStartElement(new SheetData());
        var scope = summary.Title ?? summary.Scope.Formation ?? summary.Scope.Zone ?? "All officers";
        Row(writer, $"Training compliance: {scope}");
        Row(writer, $"{summary.Cycle.Title}, as of {summary.AsOf:dd.MM.yyyy}; last date {summary.Cycle.Deadline:dd.MM.yyyy} ({summary.DaysLeft} days left)");
        if (summary.Reports is { } age)
        {
            Row(writer, age.Newest is { } newest ? $"iGOT report of {newest:dd.MM.yyyy}" : "No iGOT report imported yet");
            if (age.IsStale(summary.AsOf))
            {
                Row(writer, $"Warning: the iGOT report is {age.DaysOld(summary.AsOf)} days old (more than {age.StaleAfterDays})");
            }
        }

        Row(writer);
        Row(writer, "", "Officers", "Fully compliant", "Assessment passed", "Correct iGOT designation", "Overdue", "Not compliant", "Role not known");
        Counts(writer, "Total", summary.Totals);
        Row(writer);
        Row(writer, "By formation");
        Row(writer, "Formation", "Officers", "Fully compliant", "Assessment passed", "Correct iGOT designation", "Overdue", "Not compliant", "Role not known");
        foreach (var group in summary.ByFormation)
        {
            Counts(writer, group.Name, group.Counts);
        }

        Row(writer);
        Row(writer, "By role");
        Row(writer, "Role", "Officers", "Fully compliant", "Assessment passed", "Correct iGOT designation", "Overdue", "Not compliant", "Role not known");
        foreach (var group in summary.ByRole)
        {
            Counts(writer, group.Name, group.Counts);
        }

        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    private static void WriteDefaulters(WorksheetPart part, ZoneSummary summary)
    {
        using var writer = OpenXmlWriter.Create(part);
        writer.WriteStartElement(new Worksheet());
        writer.WriteStartElement(new SheetData());
        Row(writer, OfficerColumns);
        var number = 0;
        foreach (var standing in summary.Defaulters)
        {
            number++;
            var officer = standing.Officer.Officer;
            writer.WriteStartElement(new Row());
            Number(writer, number);
            Text(writer, officer.EmployeeCode);
            Text(writer, officer.Name);
            Text(writer, officer.Designation);
            Text(writer, officer.Mobile);
            Text(writer, officer.Email);
            Text(writer, officer.Formation);
            Text(writer, standing.Role?.Name ?? "not known");
            Text(writer, Pending(standing));
            Text(writer, standing.AssessmentPassed ? "Yes" : "No");
            Text(writer, standing.DesignationCorrect ? "Yes" : "No");
            Text(writer, string.Join(" / ", standing.ExpectedIgotDesignations));
            Text(writer, standing.IsOverdue() ? "Yes" : "No");
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    private static string Pending(OfficerStanding standing)
    {
        if (standing.Report is null)
        {
            return StandingText.RoleProblem(standing) ?? "";
        }

        var names = standing.Pending().Select(r => r.Course.Name).ToList();
        if (standing.Report.Assessment is { Passed: false } assessment)
        {
            names.Add(assessment.Course.Name);
        }

        return string.Join("; ", names);
    }

    private static void Counts(OpenXmlWriter writer, string label, SummaryCounts counts)
    {
        writer.WriteStartElement(new Row());
        Text(writer, label);
        foreach (var value in new[] { counts.Officers, counts.Compliant, counts.AssessmentPassed, counts.DesignationCorrect, counts.Overdue, counts.NotCompliant, counts.UnknownRole })
        {
            Number(writer, value);
        }

        writer.WriteEndElement();
    }

    private static void Row(OpenXmlWriter writer, params string[] cells)
    {
        writer.WriteStartElement(new Row());
        foreach (var cell in cells)
        {
            Text(writer, cell);
        }

        writer.WriteEndElement();
    }

    private static void Text(OpenXmlWriter writer, string? text)
    {
        writer.WriteElement(new Cell
        {
            DataType = CellValues.InlineString,
            InlineString = new InlineString(new Text(XmlText.Clean(text)) { Space = SpaceProcessingModeValues.Preserve }),
        });
    }

    private static void Number(OpenXmlWriter writer, int value) =>
        writer.WriteElement(new Cell { DataType = CellValues.Number, CellValue = new CellValue(value.ToString(CultureInfo.InvariantCulture)) });
}
