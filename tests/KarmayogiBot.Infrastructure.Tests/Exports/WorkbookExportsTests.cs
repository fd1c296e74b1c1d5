using KarmayogiBot.Infrastructure.Exports;
using KarmayogiBot.Infrastructure.Tests.Support;

namespace KarmayogiBot.Infrastructure.Tests.Exports;

/// <summary>A nodal officer's "export": the zone's workbook, behind a signed link the bot serves.</summary>
public sealed class WorkbookExportsTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Export_Zone_GivesALinkToItsWorkbook_ThatOnlyWorksAsSigned()
    {
        var links = new ExportLinks(Microsoft.Extensions.Options.Options.Create(new ExportOptions { BaseUrl = "https://bot.example.gov.in/", Folder = folder.Path }), TimeProvider.System);

        var link = new WorkbookExports(links).Export(OneOfficerZone.Summary(OneOfficerZone.Officer()));

        Assert.StartsWith("https://bot.example.gov.in/exports/", link.ToString(), StringComparison.Ordinal);
        var query = System.Web.HttpUtility.ParseQueryString(link.Query);
        var path = links.Resolve(link.Segments[^1], query["expires"], query["sig"]);
        Assert.NotNull(path);
        Assert.Contains(Workbooks.Read(path)["Defaulters"], row => row.Contains("T0001"));
        Assert.Null(links.Resolve(link.Segments[^1], query["expires"], new string('0', query["sig"]!.Length)));
    }
}
