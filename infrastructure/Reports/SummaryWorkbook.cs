using DocumentFormat.OpenXml;
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

    public static void Write(ZoneSummary summary, string path) =>
        WorkbookSheets.Write(path, ("Summary", writer => WriteSummary(writer, summary)), ("Defaulters", writer => WriteDefaulters(writer, summary)));

    private static void WriteSummary(OpenXmlWriter writer, ZoneSummary summary)
    {
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
    }

    private static void WriteDefaulters(OpenXmlWriter writer, ZoneSummary summary)
    {
        Row(writer, OfficerColumns);
        var number = 0;
        foreach (var standing in summary.Defaulters)
        {
            number++;
            var officer = standing.Officer.Officer;
            writer.WriteStartElement(new Row());
            WorkbookSheets.Officer(writer, number, officer);
            Text(writer, officer.Formation);
            Text(writer, standing.Role?.Name ?? "not known");
            Text(writer, Pending(standing));
            Text(writer, standing.AssessmentPassed ? "Yes" : "No");
            Text(writer, standing.DesignationCorrect ? "Yes" : "No");
            Text(writer, string.Join(" / ", standing.ExpectedIgotDesignations));
            Text(writer, standing.IsOverdue() ? "Yes" : "No");
            writer.WriteEndElement();
        }
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

    private static void Counts(OpenXmlWriter writer, string label, SummaryCounts counts) =>
        WorkbookSheets.Numbers(writer, label, counts.Officers, counts.Compliant, counts.AssessmentPassed, counts.DesignationCorrect, counts.Overdue, counts.NotCompliant, counts.UnknownRole);

    private static void Row(OpenXmlWriter writer, params string[] cells) => WorkbookSheets.Row(writer, cells);

    private static void Text(OpenXmlWriter writer, string? text) => WorkbookSheets.Text(writer, text);

    private static void Number(OpenXmlWriter writer, int value) => WorkbookSheets.Number(writer, value);
}
