using KarmayogiBot.Domain.Reporting;
using KarmayogiBot.Infrastructure.Reports;

namespace KarmayogiBot.Infrastructure.Exports;

/// <summary><see cref="IZoneExports"/> as .xlsx files (<see cref="SummaryWorkbook"/>, <see cref="NacinWorkbook"/>) in the exports folder, behind signed links (<see cref="ExportLinks"/>).</summary>
public sealed class WorkbookExports(ExportLinks links) : IZoneExports
{
    public Uri Export(ZoneSummary summary)
    {
        return links.Publish(path => SummaryWorkbook.Write(summary, path));
    }

    public Uri Export(NacinReport report)
    {
        return links.Publish(path => NacinWorkbook.Write(report, path));
    }
}
