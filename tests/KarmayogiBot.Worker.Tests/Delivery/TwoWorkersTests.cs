using System.Globalization;
using KarmayogiBot.Infrastructure.Outbox;
using KarmayogiBot.Worker.Nudges;
using KarmayogiBot.Worker.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace KarmayogiBot.Worker.Tests.Delivery;

/// <summary>Two workers on one PostgreSQL database running the same pass at the same time.</summary>
[Collection(ConnectorCollection.Name)]
public sealed class TwoWorkersTests
{
    [PostgresFact]
    public async Task RunAsync_TwoWorkersSamePassOnePostgres_ExactlyOneMessagePerOfficerPlannedAndDeliveredOnce()
    {
        await using var zone = await WorkerZone.CreateAsync(officers: 80, seed: 4, provider: StoreKind.Postgres);
        await using var connector = await LoopbackConnector.StartAsync(zone.Users, failRate: 0.1);
        var settings = new Dictionary<string, string?> { ["Worker:Delivery:SendsPerSecond"] = "15", ["Worker:Delivery:MaxConcurrency"] = "3", ["Worker:Delivery:MaxAttempts"] = "30" };
        var one = zone.CreateServices(connector, settings).GetRequiredService<NudgePass>();
        var two = zone.CreateServices(connector, settings).GetRequiredService<NudgePass>();
        var at = DateTimeOffset.Parse("2026-03-20T11:00:00+05:30", CultureInfo.InvariantCulture);

        var results = await Task.WhenAll(Task.Run(() => one.RunAsync(at, dryRun: false)), Task.Run(() => two.RunAsync(at, dryRun: false)));

        CrashWindowTests.AssertExactlyOneEach(zone, connector);
        Assert.Equal(zone.Officers.Values.Count(o => !o.Compliant), results.Sum(r => r.Dispatch!.Sent));
        Assert.Equal(zone.Officers.Values.Count(o => !o.Compliant), results.Sum(r => r.Planned));
    }

    [PostgresFact]
    public async Task NudgeCommand_TwoProcessesSamePassOnePostgres_ExactlyOneMessagePerOfficer()
    {
        await using var zone = await WorkerZone.CreateAsync(officers: 60, seed: 8, provider: StoreKind.Postgres);
        await using var connector = await LoopbackConnector.StartAsync(zone.Users);
        var settings = zone.Configuration(connector, new Dictionary<string, string?> { ["Worker:Delivery:SendsPerSecond"] = "20" });
        using var first = WorkerProcess.Start(settings, "nudge", "--as-of", "2026-03-20T11:00:00+05:30");
        using var second = WorkerProcess.Start(settings, "nudge", "--as-of", "2026-03-20T11:00:00+05:30");

        await Task.WhenAll(first.WaitForExitAsync(), second.WaitForExitAsync()).WaitAsync(TimeSpan.FromSeconds(90));

        Assert.Equal((0, 0), (first.ExitCode, second.ExitCode));
        CrashWindowTests.AssertExactlyOneEach(zone, connector);
        var counts = await zone.CreateServices().GetRequiredService<OutboxStore>().CountAsync(new DateOnly(2026, 3, 20), NudgePass.Kinds);
        Assert.Equal(zone.Officers.Values.Count(o => !o.Compliant), counts.Sent);
    }
}
