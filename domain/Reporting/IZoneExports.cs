namespace KarmayogiBot.Domain.Reporting;

/// <summary>The port the exports implement: a zone's report workbook (summary and defaulters sheets), written and served behind a download link.</summary>
public interface IZoneExports
{
    /// <summary>Writes the workbook of <paramref name="summary"/>; the link to download it, valid for the exports' default lifetime.</summary>
    Uri Export(ZoneSummary summary);
}
