using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using KarmayogiBot.Domain.Reporting;

namespace KarmayogiBot.Infrastructure.Reports;

/// <summary>
/// Writes the fortnightly report for NACIN's iGOT Cell (<see cref="NacinReport"/>) as .xlsx: a "Courses completed"
/// sheet (a title and the period, then the circulars' columns: Sl. No, Employee Code/ID, Name of the Officer,
/// Designation, Contact Number, Gov e-mail ID; then the zone for an all-zones report, the formation, how many of the
/// plan's courses the officer completed in the period and which, each with its date, and whether they are fully
/// compliant), and a "Totals" sheet (a line per zone, and an "All zones" line for an all-zones report: officers,
/// registered on iGOT, not registered, fully compliant, officers who completed courses in the period, courses
/// completed). Rows are streamed; a failed write leaves no file.
/// </summary>
public static class NacinWorkbook
{
    public const string CoursesSheet = "Courses completed";

    public const string TotalsSheet = "Totals";

    /// <summary>The circulars' compliance columns (NACIN's format of the Emerging Technologies report, 28.03.2023).</summary>
    public static readonly IReadOnlyList<string> CircularColumns = ["Sl. No", "Employee Code/ID", "Name of the Officer", "Designation", "Contact Number", "Gov e-mail ID"];

    public static readonly IReadOnlyList<string> TotalsColumns =
        ["Zone", "Officers", "Registered on iGOT", "Not registered on iGOT", "Fully compliant", "Officers who completed courses in the period", "Courses completed in the period"];

    public static void Write(NacinReport report, string path)
    {
        ArgumentNullException.ThrowIfNull(report);
        WorkbookSheets.Write(path, (CoursesSheet, writer => WriteCourses(writer, report)), (TotalsSheet, writer => WriteTotals(writer, report)));
    }

    /// <summary>"Courses completed by officers of {scope} from dd.MM.yyyy to dd.MM.yyyy": the sheets' first line.</summary>
    public static string Title(NacinReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return $"Courses completed by officers of {report.Total.Name} on iGOT Karmayogi from {report.Period.From:dd.MM.yyyy} to {report.Period.To:dd.MM.yyyy}";
    }

    private static bool AllZones(NacinReport report) => report.Scope.Zone is null;

    private static void Heading(OpenXmlWriter writer, NacinReport report)
    {
        WorkbookSheets.Row(writer, Title(report));
        WorkbookSheets.Row(writer, $"Fortnightly report to the iGOT Cell, NACIN, of {report.Day:dd.MM.yyyy}; {report.Cycle.Title}, last date {report.Cycle.Deadline:dd.MM.yyyy}");
        if (report.Reports is { } age)
        {
            WorkbookSheets.Row(writer, age.Newest is { } newest ? $"iGOT report of {newest:dd.MM.yyyy}" : "No iGOT report imported yet");
            if (age.IsStale(report.Day))
            {
                WorkbookSheets.Row(writer, $"Warning: the iGOT report is {age.DaysOld(report.Day)} days old (more than {age.StaleAfterDays})");
            }
        }

        WorkbookSheets.Row(writer);
    }

    private static void WriteCourses(OpenXmlWriter writer, NacinReport report)
    {
        Heading(writer, report);
        var allZones = AllZones(report);
        string[] after = ["Formation", "Courses completed in the period", "Courses completed (date of completion)", "Fully compliant"];
        WorkbookSheets.Row(writer, [.. CircularColumns, .. allZones ? ["Zone"] : Array.Empty<string>(), .. after]);
        var number = 0;
        foreach (var row in report.Rows)
        {
            var officer = row.Officer;
            writer.WriteStartElement(new Row());
            WorkbookSheets.Officer(writer, ++number, officer);
            if (allZones)
            {
                WorkbookSheets.Text(writer, officer.Zone);
            }

            WorkbookSheets.Text(writer, officer.Formation);
            WorkbookSheets.Number(writer, row.Courses.Count);
            WorkbookSheets.Text(writer, string.Join("; ", row.Courses.Select(c => $"{c.Course.Name} ({c.CompletedOn:dd.MM.yyyy})")));
            WorkbookSheets.Text(writer, row.Standing.IsCompliant ? "Yes" : "No");
            writer.WriteEndElement();
        }
    }

    private static void WriteTotals(OpenXmlWriter writer, NacinReport report)
    {
        Heading(writer, report);
        WorkbookSheets.Row(writer, [.. TotalsColumns]);
        if (!AllZones(report))
        {
            Line(writer, report.Total);
            return;
        }

        foreach (var zone in report.Zones)
        {
            Line(writer, zone);
        }

        Line(writer, report.Total);
    }

    private static void Line(OpenXmlWriter writer, NacinTotals t) =>
        WorkbookSheets.Numbers(writer, t.Name, t.Officers, t.Registered, t.NotRegistered, t.Compliant, t.CompletedInPeriod, t.CoursesInPeriod);
}
