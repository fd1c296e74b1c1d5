using System.Globalization;
using KarmayogiBot.Infrastructure.Outbox;
using KarmayogiBot.Worker.Nudges;
using KarmayogiBot.Worker.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace KarmayogiBot.Worker.Tests.Delivery;

/// <summary>
/// The crash windows a worker can be killed in, each followed by a restart (a new worker on the same store, after the
/// dead one's lease ran out): planned but unclaimed, claimed, marked sending before the request, and the window
/// between the connector taking the message and the worker marking it sent.
/// </summary>
[Collection(ConnectorCollection.Name)]
public sealed class CrashWindowTests
{
    private static readonly DateTimeOffset Friday11 = DateTimeOffset.Parse("2026-03-20T11:00:00+05:30", CultureInfo.InvariantCulture);
    private static readonly DateOnly Friday = new(2026, 3, 20);

    [Fact]
    public async Task Restart_AfterCrashBeforeARequest_WithRowsPlannedClaimedAndSending_EveryOfficerGetsExactlyOne()
    {
        await using var zone = await WorkerZone.CreateAsync(officers: 40, seed: 3);
        await using var connector = await LoopbackConnector.StartAsync(zone.Users);
        using var process = new CancellationTokenSource();
        var dying = zone.CreateServices(connector, Serial, s => CrashingConnectors.Install(s, CrashPoint.BeforeRequest, onSend: 6, process));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => dying.GetRequiredService<NudgePass>().RunAsync(Friday11, dryRun: false, cancellationToken: process.Token));

        var outbox = dying.GetRequiredService<OutboxStore>();
        var before = await outbox.CountAsync(Friday, NudgePass.Kinds);
        Assert.Equal((5, 1), (before.Sent, before.Sending));
        // Another worker that died right after claiming a row.
        Assert.NotNull(await outbox.ClaimAsync("dead-worker", Friday, NudgePass.Kinds, DateTimeOffset.UtcNow, TimeSpan.FromSeconds(2)));
        await Task.Delay(TimeSpan.FromSeconds(3.2));

        var rerun = await zone.CreateServices(connector, Serial).GetRequiredService<NudgePass>().RunAsync(Friday11, dryRun: false);

        AssertExactlyOneEach(zone, connector);
        Assert.Equal(1, rerun.Dispatch!.InDoubtRecovered);
        Assert.Equal(0, rerun.Planned);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Restart_AfterCrashBetweenConnectorAcceptingAndMarkedSent_ResendsOrNotAsConfigured(bool resendInDoubt)
    {
        await using var zone = await WorkerZone.CreateAsync(officers: 40, seed: 3);
        await using var connector = await LoopbackConnector.StartAsync(zone.Users);
        using var process = new CancellationTokenSource();
        var settings = new Dictionary<string, string?>(Serial) { ["Worker:Delivery:ResendInDoubt"] = resendInDoubt.ToString() };
        var dying = zone.CreateServices(connector, settings, s => CrashingConnectors.Install(s, CrashPoint.AfterResponse, onSend: 4, process));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => dying.GetRequiredService<NudgePass>().RunAsync(Friday11, dryRun: false, cancellationToken: process.Token));
        var inDoubt = NudgePassConnectorTests.Code(connector.Sends()[^1].ActivityId);
        await Task.Delay(TimeSpan.FromSeconds(3.2));
        var rerun = await zone.CreateServices(connector, settings).GetRequiredService<NudgePass>().RunAsync(Friday11, dryRun: false);

        var counts = connector.Sends().GroupBy(s => NudgePassConnectorTests.Code(s.ActivityId)).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(1, rerun.Dispatch!.InDoubtRecovered);
        Assert.All(counts.Where(c => c.Key != inDoubt), c => Assert.Equal(1, c.Value));
        Assert.Equal(zone.Officers.Values.Count(o => !o.Compliant), counts.Count);

        // The connector has no idempotency key: the in-doubt message went out, and the worker cannot know it.
        // Resending delivers it twice (with the same activity id, so it is recognisable); not resending leaves it
        // marked failed although it arrived.
        Assert.Equal(resendInDoubt ? 2 : 1, counts[inDoubt]);
        Assert.Equal(resendInDoubt ? 0 : 1, rerun.Counts!.Failed);
    }

    private static readonly Dictionary<string, string?> Serial = new() { ["Worker:Delivery:MaxConcurrency"] = "1", ["Worker:Delivery:LeaseSeconds"] = "2" };

    internal static void AssertExactlyOneEach(WorkerZone zone, LoopbackConnector connector)
    {
        var counts = connector.Sends().GroupBy(s => NudgePassConnectorTests.Code(s.ActivityId)).ToDictionary(g => g.Key, g => g.Count());
        var pending = zone.Officers.Values.Where(o => !o.Compliant).Select(o => o.EmployeeCode).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(pending, counts.Keys.Order(StringComparer.Ordinal).ToList());
        Assert.All(counts, c => Assert.Equal(1, c.Value));
    }
}
