using System.Globalization;
using System.Text.Json;
using KarmayogiBot.Infrastructure.Exports;
using KarmayogiBot.Worker.Nudges;
using KarmayogiBot.Worker.Summaries;
using KarmayogiBot.Worker.Tests.Delivery;
using KarmayogiBot.Worker.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace KarmayogiBot.Worker.Tests.Summaries;

/// <summary>The nodal officers' summaries for a sample zone, through the loopback connector.</summary>
[Collection(ConnectorCollection.Name)]
public sealed class SummaryPassTests
{
    [Fact]
    public async Task RunAsync_Zone_EachNodalOfficerGetsTheZoneFiguresOfExpectedJsonOnceWithWorkbookLinkChartsAndUnreachable()
    {
        await using var zone = await WorkerZone.CreateAsync(officers: 60, seed: 11);
        var nodal = zone.Officers.Values.Where(o => o.RoleInProduct == "Nodal").Select(o => o.EmployeeCode).Order(StringComparer.Ordinal).ToList();
        var blocked = zone.Officers.Values.First(o => !o.Compliant && o.RoleInProduct != "Nodal");
        await using var connector = await LoopbackConnector.StartAsync(zone.Users, forbid: [blocked.EmployeeCode]);
        var services = zone.CreateServices(connector);
        await services.GetRequiredService<NudgePass>().RunAsync(DateTimeOffset.Parse("2026-03-16T11:00:00+05:30", CultureInfo.InvariantCulture), dryRun: false);
        var nudges = connector.Sends().Count;
        var pass = services.GetRequiredService<SummaryPass>();

        await pass.RunAsync(new DateOnly(2026, 3, 16), dryRun: false);
        var result = await pass.RunAsync(new DateOnly(2026, 3, 20), dryRun: false);
        var again = await pass.RunAsync(new DateOnly(2026, 3, 20), dryRun: false);

        var summaries = connector.Sends().Skip(nudges).Where(s => s.ActivityId!.StartsWith("kyb-summary-", StringComparison.Ordinal)).ToList();
        Assert.Equal(2 * nodal.Count, summaries.Count);
        Assert.Equal((nodal.Count, 0), (result.Planned, again.Planned));
        var latest = summaries.Where(s => s.ActivityId!.EndsWith("-20260320", StringComparison.Ordinal)).ToList();
        Assert.Equal(nodal, latest.Select(s => NudgePassConnectorTests.Code(s.ActivityId)).Order(StringComparer.Ordinal));

        using var activity = JsonDocument.Parse(latest[0].Json);
        var card = activity.RootElement.GetProperty("attachments")[0].GetProperty("content");
        var facts = card.GetProperty("body").EnumerateArray().First(e => e.GetProperty("type").GetString() == "FactSet").GetProperty("facts").EnumerateArray()
            .ToDictionary(f => f.GetProperty("title").GetString()!, f => f.GetProperty("value").GetString()!);
        Assert.StartsWith($"{zone.Totals.GetProperty("officers").GetInt32()}", facts["Officers"], StringComparison.Ordinal);
        Assert.StartsWith($"{zone.Totals.GetProperty("compliant").GetInt32()} (", facts["Fully compliant"], StringComparison.Ordinal);
        Assert.StartsWith($"{zone.Totals.GetProperty("assessment_passed").GetInt32()} (", facts["Assessment passed"], StringComparison.Ordinal);
        Assert.StartsWith($"{zone.Totals.GetProperty("designation_ok").GetInt32()} (", facts["Right iGOT designation"], StringComparison.Ordinal);
        Assert.EndsWith("(no change)", facts["Fully compliant"], StringComparison.Ordinal);

        var text = card.GetRawText();
        Assert.Contains("Changes are since the summary of 16.03.2026", text, StringComparison.Ordinal);
        Assert.Contains("\"Chart.HorizontalBar\"", text, StringComparison.Ordinal);
        Assert.Contains("\"Chart.Donut\"", text, StringComparison.Ordinal);
        Assert.Contains("\"Chart.Gauge\"", text, StringComparison.Ordinal);
        Assert.Contains($"{blocked.Name} ({blocked.EmployeeCode}", text, StringComparison.Ordinal);
        Assert.Contains("Formations lagging most", text, StringComparison.Ordinal);

        // The defaulters workbook, behind a link the bot (same key and folder) serves.
        var url = new Uri(card.GetProperty("actions").EnumerateArray().First(a => a.GetProperty("type").GetString() == "Action.OpenUrl").GetProperty("url").GetString()!);
        var query = System.Web.HttpUtility.ParseQueryString(url.Query);
        var path = services.GetRequiredService<ExportLinks>().Resolve(url.Segments[^1], query["expires"], query["sig"]);
        Assert.NotNull(path);
        Assert.Equal("PK"u8.ToArray(), File.ReadAllBytes(path).Take(2).ToArray());
        Assert.InRange(long.Parse(query["expires"]!, CultureInfo.InvariantCulture) - DateTimeOffset.UtcNow.ToUnixTimeSeconds(), 15 * 86400, 16 * 86400 + 5);

        // The date of the iGOT report the figures reflect, on the card and in the workbook; a warning once it is older than 15 days.
        Assert.Contains("From the iGOT report of 20.03.2026; courses completed since show from the next import.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Warning", text, StringComparison.Ordinal);
        Assert.Contains(Workbooks.Read(path)["Summary"], row => row.FirstOrDefault() == "iGOT report of 20.03.2026");
        // The report for NACIN's iGOT Cell, with its period (on 20.03: the fortnight so far, since the report of 16.03).
        Assert.Contains("Courses completed from 16.03.2026 to 19.03.2026: the fortnight so far; the report of 01.04.2026 covers it whole.", text, StringComparison.Ordinal);
        var nacinUrl = new Uri(card.GetProperty("actions").EnumerateArray().Single(a => a.TryGetProperty("title", out var title) && title.GetString() == "Report for NACIN (.xlsx)").GetProperty("url").GetString()!);
        var nacinQuery = System.Web.HttpUtility.ParseQueryString(nacinUrl.Query);
        var nacinPath = services.GetRequiredService<ExportLinks>().Resolve(nacinUrl.Segments[^1], nacinQuery["expires"], nacinQuery["sig"]);
        Assert.NotNull(nacinPath);
        var nacin = Workbooks.Read(nacinPath);
        Assert.Contains(nacin["Courses completed"], row => row.Take(6).SequenceEqual(["Sl. No", "Employee Code/ID", "Name of the Officer", "Designation", "Contact Number", "Gov e-mail ID"]));
        var zoneLine = nacin["Totals"][^1];
        Assert.Equal(
            [zone.Totals.GetProperty("officers").GetInt32().ToString(CultureInfo.InvariantCulture), zone.Totals.GetProperty("compliant").GetInt32().ToString(CultureInfo.InvariantCulture)],
            [zoneLine[1], zoneLine[4]]);
        Assert.DoesNotContain(nacin["Totals"], row => row.FirstOrDefault() == "All zones"); // a nodal officer's is their zone's

        await pass.RunAsync(new DateOnly(2026, 4, 16), dryRun: false);
        var april = connector.Sends().Last(s => s.ActivityId!.EndsWith("-20260416", StringComparison.Ordinal));
        Assert.Contains("Warning: that report is 27 days old (more than 15): import a newer one from iGOT.", april.Json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_DryRun_TimesTheBuildAndSendsNothing()
    {
        await using var zone = await WorkerZone.CreateAsync(officers: 30, seed: 2);
        await using var connector = await LoopbackConnector.StartAsync(zone.Users);
        var output = new StringWriter();

        var result = await zone.CreateServices(connector).GetRequiredService<SummaryPass>().RunAsync(new DateOnly(2026, 3, 20), dryRun: true, output);

        Assert.Equal((30, 1), (result.Officers, result.Scopes));
        Assert.Contains("Chennai CGST Zone", output.ToString(), StringComparison.Ordinal);
        Assert.Empty(connector.Sends());
        Assert.False(Directory.Exists(zone.Folder.File("exports")) && Directory.EnumerateFiles(zone.Folder.File("exports")).Any());
    }
}
