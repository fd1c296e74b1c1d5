namespace KarmayogiBot.Domain.Reporting;

/// <summary>The port the exports implement: a zone's report workbooks, written and served behind a download link.</summary>
public interface IZoneExports
{
    /// <summary>Writes the workbook of <paramref name="summary"/> (summary and defaulters sheets); the link to download it, valid for the exports' default lifetime.</summary>
    Uri Export(ZoneSummary summary);

    /// <summary>Writes the fortnightly report for NACIN's iGOT Cell (courses completed in the period, and totals); the link to download it, valid for the exports' default lifetime.</summary>
    Uri Export(NacinReport report);
}
