using System.Globalization;
using KarmayogiBot.Infrastructure.Outbox;
using KarmayogiBot.Worker.Nudges;
using KarmayogiBot.Worker.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace KarmayogiBot.Worker.Tests.Delivery;

/// <summary><c>worker nudge</c> killed with SIGKILL in the middle of its pass, then run again.</summary>
[Collection(ConnectorCollection.Name)]
public sealed class SigkillTests
{
    [Fact]
    public async Task NudgeCommand_KilledMidPassThenRunAgain_EveryOfficerGetsOneMessage_ASecondOnlyForARowLeftInDoubt()
    {
        await using var zone = await WorkerZone.CreateAsync(officers: 50, seed: 9);
        await using var connector = await LoopbackConnector.StartAsync(zone.Users);
        var settings = zone.Configuration(connector, new Dictionary<string, string?>
        {
            ["Worker:Delivery:SendsPerSecond"] = "12",
            ["Worker:Delivery:MaxConcurrency"] = "2",
            ["Worker:Delivery:LeaseSeconds"] = "2",
        });
        string[] args = ["nudge", "--as-of", "2026-03-20T11:00:00+05:30"];
        var pending = zone.Officers.Values.Count(o => !o.Compliant);

        using (var first = WorkerProcess.Start(settings, args))
        {
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (connector.Sends().Count < pending / 3 && !first.HasExited && DateTime.UtcNow < deadline)
            {
                await Task.Delay(15);
            }

            Assert.False(first.HasExited, "the pass ended before it could be killed");
            first.Kill(entireProcessTree: false); // SIGKILL
            await first.WaitForExitAsync();
        }

        var sentBeforeKill = connector.Sends().Count;
        var outbox = zone.CreateServices().GetRequiredService<OutboxStore>();
        var atKill = await outbox.CountAsync(new DateOnly(2026, 3, 20), NudgePass.Kinds);
        Assert.True(sentBeforeKill < pending, $"all {pending} were sent before the kill");
        Assert.Equal(pending, atKill.Total);

        using (var second = WorkerProcess.Start(settings, args))
        {
            await second.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(90));
            Assert.Equal(0, second.ExitCode);
        }

        var counts = connector.Sends().GroupBy(s => NudgePassConnectorTests.Code(s.ActivityId)).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(pending, counts.Count);
        Assert.All(counts.Values, c => Assert.InRange(c, 1, 2));
        // A second copy is possible only for a row the kill left "sending" (the connector may have taken it, unknown to the worker).
        Assert.True(counts.Values.Count(c => c == 2) <= atKill.Sending, $"{counts.Values.Count(c => c == 2)} doubles, {atKill.Sending} rows in doubt at the kill");
        var after = await outbox.CountAsync(new DateOnly(2026, 3, 20), NudgePass.Kinds);
        Assert.Equal((pending, 0), (after.Sent, after.Pending));
    }
}
