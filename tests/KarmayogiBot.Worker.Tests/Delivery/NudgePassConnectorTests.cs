using KarmayogiBot.Domain.Nudges;
using KarmayogiBot.Domain.Officers;
using KarmayogiBot.Infrastructure.Outbox;
using KarmayogiBot.Worker.Commands;
using KarmayogiBot.Worker.Nudges;
using KarmayogiBot.Worker.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace KarmayogiBot.Worker.Tests.Delivery;

/// <summary>A nudge pass for a sample zone against the loopback connector, which throttles (429), fails (503) and refuses (403).</summary>
[Collection(ConnectorCollection.Name)]
public sealed class NudgePassConnectorTests
{
    private static readonly DateTimeOffset Friday11 = DateTimeOffset.Parse("2026-03-20T11:00:00+05:30", System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [MemberData(nameof(StoreKind.All), MemberType = typeof(StoreKind))]
    public async Task RunAsync_ZoneAgainstFlakyConnector_EachNonCompliantReachableOfficerGetsExactlyOneNudge(string provider)
    {
        await using var zone = await WorkerZone.CreateAsync(officers: 60, seed: 11, provider: provider);
        var pending = zone.Officers.Values.Where(o => !o.Compliant).Select(o => o.EmployeeCode).OrderBy(c => c, StringComparer.Ordinal).ToList();
        var forbidden = pending.Take(2).ToList();
        await using var connector = await LoopbackConnector.StartAsync(zone.Users, throttleRps: 15, failRate: 0.2, forbid: forbidden);
        var services = zone.CreateServices(connector, new Dictionary<string, string?> { ["Worker:Delivery:SendsPerSecond"] = "40", ["Worker:Delivery:MaxAttempts"] = "30" });

        var result = await services.GetRequiredService<NudgePass>().RunAsync(Friday11, dryRun: false);

        var sends = connector.Sends();
        var byOfficer = sends.GroupBy(s => Code(s.ActivityId)).ToDictionary(g => g.Key, g => g.Count());
        var reachable = pending.Except(forbidden).ToList();
        Assert.Equal(reachable, byOfficer.Keys.OrderBy(c => c, StringComparer.Ordinal).ToList());
        Assert.All(byOfficer, kv => Assert.Equal(1, kv.Value));
        Assert.DoesNotContain(sends, s => zone.Officers[Code(s.ActivityId)].Compliant);

        // Each nudge went to the conversation opened with that officer's Entra object id.
        var created = connector.Created();
        Assert.All(sends, s => Assert.Equal(zone.AadObjectIds[Code(s.ActivityId)], created[s.Conversation]));

        Assert.Equal(reachable.Count, result.Counts!.Sent);
        Assert.Equal(forbidden.Count, result.Counts.Unreachable);
        Assert.Equal(0, result.Counts.Pending + result.Counts.Failed);
        Assert.True(result.Dispatch!.Retried > 0, "the connector's 429s and 503s should have been retried");

        var history = await services.GetRequiredService<INudgeHistory>().LastRunAsync(OfficerScope.ForZone("Chennai CGST Zone"));
        Assert.NotNull(history);
        Assert.Equal((reachable.Count, 0, forbidden.Count, 0), (history.Sent, history.Failed, history.Unreachable, history.Pending));
        Assert.Equal(forbidden.Select(c => $"{zone.Officers[c].Name} ({c})").Order(StringComparer.Ordinal), history.UnreachableOfficers.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task RunAsync_AgainTheSameDayAndLater_NoSecondNudgeAndUnreachableOfficersAreNotRetried()
    {
        await using var zone = await WorkerZone.CreateAsync(officers: 40, seed: 5);
        var pending = zone.Officers.Values.Where(o => !o.Compliant).Select(o => o.EmployeeCode).Order(StringComparer.Ordinal).ToList();
        await using var connector = await LoopbackConnector.StartAsync(zone.Users, forbid: [pending[0]]);
        var pass = zone.CreateServices(connector).GetRequiredService<NudgePass>();

        await pass.RunAsync(Friday11, dryRun: false);
        var afterFirst = connector.Sends().Count;
        await pass.RunAsync(Friday11.AddHours(4), dryRun: false);
        var monday = await pass.RunAsync(Friday11.AddDays(3), dryRun: false);

        Assert.Equal(pending.Count - 1, afterFirst);
        // Monday: 8 days left, every 3 days: due again; the forbidden officer is not tried again.
        var sends = connector.Sends();
        Assert.Equal(2 * (pending.Count - 1), sends.Count);
        Assert.DoesNotContain(sends, s => Code(s.ActivityId) == pending[0]);
        Assert.Equal(1, monday.Counts!.Unreachable);
        Assert.Single(connector.Created(), c => c.Value == zone.AadObjectIds[pending[0]]);
    }

    [Theory]
    [MemberData(nameof(StoreKind.All), MemberType = typeof(StoreKind))]
    public async Task NudgeCommand_RetryFailed_SendsTheDaysFailedNudgesOnceTheConnectorRecovers(string provider)
    {
        await using var zone = await WorkerZone.CreateAsync(officers: 20, seed: 3, provider: provider);
        var pending = zone.Officers.Values.Where(o => !o.Compliant).Select(o => o.EmployeeCode).Order(StringComparer.Ordinal).ToList();
        await using var connector = await LoopbackConnector.StartAsync(zone.Users, failRate: 1);
        var services = zone.CreateServices(connector, new Dictionary<string, string?> { ["Worker:Delivery:MaxAttempts"] = "2" });
        string[] at = ["--as-of", "2026-03-20T11:00:00+05:30"];

        var failed = new StringWriter();
        var failedExit = await NudgeCommand.RunAsync(at, services, failed);
        connector.FailRate = 0;
        var rerun = new StringWriter();
        await NudgeCommand.RunAsync(at, services, rerun);
        var sentByRerun = connector.Sends().Count;
        var history = await services.GetRequiredService<INudgeHistory>().LastRunAsync(OfficerScope.All);
        var retried = new StringWriter();
        var retriedExit = await NudgeCommand.RunAsync([.. at, "--retry-failed"], services, retried);

        Assert.Equal(NudgeCommand.Undelivered, failedExit);
        Assert.Contains($"{pending.Count} failed after their attempts: run `worker nudge --retry-failed`", failed.ToString(), StringComparison.Ordinal);
        // A plain rerun of the day sends nothing again; the nodal officer's "nudge status" says how to retry.
        Assert.Equal(0, sentByRerun);
        var status = Assistant.Answers.ZoneAnswers.NudgeStatus(history, Assistant.Language.English).Text;
        Assert.Contains($"{pending.Count} nudges failed after every attempt", status, StringComparison.Ordinal);
        Assert.Contains("worker nudge --retry-failed", status, StringComparison.Ordinal);
        // --retry-failed delivers each of them once.
        Assert.Equal(ExitCodes.Ok, retriedExit);
        Assert.Contains($"retried: {pending.Count} of today's failed messages", retried.ToString(), StringComparison.Ordinal);
        Assert.Equal(pending, connector.Sends().Select(s => Code(s.ActivityId)).Order(StringComparer.Ordinal).ToList());
    }

    [Fact]
    public async Task RunAsync_OutsideOfficeHours_SendsNothing()
    {
        await using var zone = await WorkerZone.CreateAsync(officers: 20, seed: 2);
        await using var connector = await LoopbackConnector.StartAsync(zone.Users);
        var pass = zone.CreateServices(connector).GetRequiredService<NudgePass>();

        var evening = await pass.RunAsync(DateTimeOffset.Parse("2026-03-20T18:30:00+05:30", System.Globalization.CultureInfo.InvariantCulture), dryRun: false);
        var saturday = await pass.RunAsync(DateTimeOffset.Parse("2026-03-21T11:00:00+05:30", System.Globalization.CultureInfo.InvariantCulture), dryRun: false);

        Assert.NotNull(evening.Closed);
        Assert.Equal("a weekend", saturday.Closed);
        Assert.Empty(connector.Sends());
        Assert.Null(await zone.CreateServices().GetRequiredService<INudgeHistory>().LastRunAsync(OfficerScope.All));
    }

    [Fact]
    public async Task RunAsync_DryRun_PrintsWhoWouldGetWhatAndWritesNothing()
    {
        await using var zone = await WorkerZone.CreateAsync(officers: 20, seed: 2);
        await using var connector = await LoopbackConnector.StartAsync(zone.Users);
        var services = zone.CreateServices(connector);
        var output = new StringWriter();

        var result = await services.GetRequiredService<NudgePass>().RunAsync(Friday11, dryRun: true, output);

        var pending = zone.Officers.Values.Where(o => !o.Compliant).ToList();
        Assert.Equal(pending.Count, result.Reminders);
        Assert.All(pending, o => Assert.Contains($"reminder {o.EmployeeCode} {o.Name}", output.ToString(), StringComparison.Ordinal));
        Assert.Empty(connector.Sends());
        Assert.Equal(0, (await services.GetRequiredService<OutboxStore>().CountAsync(new DateOnly(2026, 3, 20), NudgePass.Kinds)).Total);
    }

    internal static string Code(string? activityId) => activityId!.Split('-')[2];
}
