using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using KarmayogiBot.Worker.Nudges;
using KarmayogiBot.Worker.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace KarmayogiBot.Worker.Tests.Delivery;

/// <summary>
/// The escalation ladder's reporting-officer step over a sample zone with reporting lines, after the deadline: each
/// reporting officer gets one digest of exactly their overdue reports, once a week, whatever the reruns and workers.
/// </summary>
[Collection(ConnectorCollection.Name)]
public sealed partial class TeamDigestTests
{
    /// <summary>A Friday ten days after the plan's last date (31.03.2026): every officer with something pending is overdue.</summary>
    private static readonly DateTimeOffset TenDaysOverdue = DateTimeOffset.Parse("2026-04-10T11:00:00+05:30", CultureInfo.InvariantCulture);

    [Theory]
    [MemberData(nameof(StoreKind.All), MemberType = typeof(StoreKind))]
    public async Task NudgePass_AfterTheThreshold_SendsOneDigestPerReportingOfficerWithExactlyTheirOverdueReports(string provider)
    {
        await using var zone = await WorkerZone.CreateAsync(officers: 150, seed: 12, provider: provider, supervisors: true);
        var teams = Teams(zone);
        var expected = teams.ToDictionary(t => t.Key, t => t.Value.Where(m => !zone.Officers[m].Compliant).Order(StringComparer.Ordinal).ToList())
            .Where(t => t.Value.Count > 0).ToDictionary(t => t.Key, t => t.Value, StringComparer.Ordinal);
        await using var connector = await LoopbackConnector.StartAsync(zone.Users);
        var settings = new Dictionary<string, string?> { ["Worker:Nudges:ReportingOfficerAfterOverdueDays"] = "3", ["Worker:Nudges:EscalateAfterOverdueDays"] = "7" };

        var result = await zone.CreateServices(connector, settings).GetRequiredService<NudgePass>().RunAsync(TenDaysOverdue, dryRun: false);
        await zone.CreateServices(connector, settings).GetRequiredService<NudgePass>().RunAsync(TenDaysOverdue.AddHours(3), dryRun: false);

        var digests = Digests(connector);
        Assert.Equal(expected.Count, result.Digests);
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), digests.Select(d => d.To).Order(StringComparer.Ordinal));
        Assert.All(digests, d => Assert.Equal(expected[d.To], d.Officers));
        Assert.All(digests, d => Assert.StartsWith($"Officers reporting to you: {expected[d.To].Count} overdue for 3 days or more", d.Text, StringComparison.Ordinal));
        Assert.True(expected.Count >= 5, $"only {expected.Count} reporting officers with overdue reports");
    }

    [Fact]
    public async Task NudgePass_DaysLater_SendsNoSecondDigestWithinTheWeek_AndOneAfterIt()
    {
        await using var zone = await WorkerZone.CreateAsync(officers: 80, seed: 12, supervisors: true);
        await using var connector = await LoopbackConnector.StartAsync(zone.Users);
        var pass = zone.CreateServices(connector).GetRequiredService<NudgePass>();

        var first = await pass.RunAsync(TenDaysOverdue, dryRun: false);
        var monday = await pass.RunAsync(TenDaysOverdue.AddDays(3), dryRun: false);
        var nextFriday = await pass.RunAsync(TenDaysOverdue.AddDays(7), dryRun: false);

        Assert.True(first.Digests > 0);
        Assert.Equal(0, monday.Digests);
        Assert.Equal(first.Digests, nextFriday.Digests);
        Assert.Equal(2 * first.Digests, Digests(connector).Count);
    }

    [Fact]
    public async Task NudgeOptions_ReportingOfficerNotBeforeTheNodalOfficer_FailsTheStartNamingTheKeys()
    {
        await using var zone = await WorkerZone.CreateAsync(officers: 10, seed: 1);
        var services = zone.CreateServices(overrides: new Dictionary<string, string?> { ["Worker:Nudges:ReportingOfficerAfterOverdueDays"] = "7", ["Worker:Nudges:EscalateAfterOverdueDays"] = "7" });

        var error = Assert.ThrowsAny<Exception>(() => services.GetRequiredService<NudgePass>());

        Assert.Contains("Worker:Nudges:ReportingOfficerAfterOverdueDays must be fewer than EscalateAfterOverdueDays", error.Message, StringComparison.Ordinal);
    }

    private static Dictionary<string, string[]> Teams(WorkerZone zone)
    {
        using var expected = JsonDocument.Parse(File.ReadAllText(zone.Folder.File("zone/expected.json")));
        return expected.RootElement.GetProperty("teams").EnumerateObject()
            .ToDictionary(t => t.Name, t => t.Value.GetProperty("members").EnumerateArray().Select(m => m.GetString()!).ToArray(), StringComparer.Ordinal);
    }

    /// <summary>Each digest sent: to whom, the officers it lists (by employee code, in order of code) and its text.</summary>
    private static List<(string To, List<string> Officers, string Text)> Digests(LoopbackConnector connector) => connector.Sends()
        .Where(s => s.ActivityId!.StartsWith("kyb-digest-", StringComparison.Ordinal))
        .Select(s =>
        {
            using var activity = JsonDocument.Parse(s.Json);
            var text = activity.RootElement.GetProperty("attachments")[0].GetProperty("content").GetProperty("fallbackText").GetString()!;
            var officers = text.Split('\n').Select(l => Listed().Match(l)).Where(m => m.Success).Select(m => m.Groups["code"].Value).Order(StringComparer.Ordinal).ToList();
            return (NudgePassConnectorTests.Code(s.ActivityId), officers, text);
        })
        .ToList();

    [GeneratedRegex(@"^- [^(]+ \((?<code>[^,()]+), ")]
    private static partial Regex Listed();
}
