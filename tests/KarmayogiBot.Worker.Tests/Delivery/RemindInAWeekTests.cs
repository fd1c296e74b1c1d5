using System.Globalization;
using System.Text.Json;
using KarmayogiBot.Assistant.Answers;
using KarmayogiBot.Domain.Nudges;
using KarmayogiBot.Worker.Nudges;
using KarmayogiBot.Worker.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace KarmayogiBot.Worker.Tests.Delivery;

/// <summary>"Remind me in a week" on a nudge: the officer is skipped by the passes of the next seven days, on any worker, and nudged after.</summary>
[Collection(ConnectorCollection.Name)]
public sealed class RemindInAWeekTests
{
    private static DateTimeOffset At(string india) => DateTimeOffset.Parse(india + ":00+05:30", CultureInfo.InvariantCulture);

    [Theory]
    [MemberData(nameof(StoreKind.All), MemberType = typeof(StoreKind))]
    public async Task NudgePass_OfficerWhoAskedToBeRemindedInAWeek_SkippedByTheNextPassesOfAnyWorker_NudgedAfter(string provider)
    {
        await using var zone = await WorkerZone.CreateAsync(officers: 40, seed: 5, provider: provider);
        var pending = zone.Officers.Values.Where(o => !o.Compliant).Select(o => o.EmployeeCode).Order(StringComparer.Ordinal).ToList();
        await using var connector = await LoopbackConnector.StartAsync(zone.Users);
        await using var first = zone.CreateServices(connector);
        await using var second = zone.CreateServices(connector); // another worker on the same store

        // Friday 20.03.2026: every pending officer is nudged, the card offering "Remind me in a week" for the 2025-26 plan.
        await first.GetRequiredService<NudgePass>().RunAsync(At("2026-03-20T11:00"), dryRun: false);
        var friday = connector.Sends();
        Assert.Equal(pending, friday.Select(s => NudgePassConnectorTests.Code(s.ActivityId)).Order(StringComparer.Ordinal));
        var remindLater = Actions(friday[0]).Single(a => a.TryGetProperty("verb", out var verb) && verb.GetString() == NudgeAnswers.RemindLaterVerb);
        Assert.Equal(("Remind me in a week", "2025-26"), (remindLater.GetProperty("title").GetString(), remindLater.GetProperty("data").GetProperty("cycle").GetString()));

        // Two officers press it that day (as the bot records it).
        var snoozed = pending.Take(2).ToList();
        foreach (var code in snoozed)
        {
            Assert.True(await first.GetRequiredService<INudgeSnoozes>().SnoozeAsync(code, "2025-26", NudgePolicy.SnoozedUntil(new DateOnly(2026, 3, 20)), At("2026-03-20T11:05")));
        }

        // Monday 23.03 (8 days left: every 3 days) on the other worker: everyone else again, not them.
        var monday = await second.GetRequiredService<NudgePass>().RunAsync(At("2026-03-23T11:00"), dryRun: false);
        var mondaySends = connector.Sends().Skip(friday.Count).Select(s => NudgePassConnectorTests.Code(s.ActivityId)).ToList();
        Assert.Equal(pending.Except(snoozed), mondaySends.Order(StringComparer.Ordinal));
        Assert.Equal(2, monday.Snoozed);

        // Friday 27.03, the seventh day (4 days left: daily): they are nudged again.
        var before = connector.Sends().Count;
        var after = await second.GetRequiredService<NudgePass>().RunAsync(At("2026-03-27T11:00"), dryRun: false);
        var fridaySends = connector.Sends().Skip(before).Select(s => NudgePassConnectorTests.Code(s.ActivityId)).ToHashSet(StringComparer.Ordinal);
        Assert.Subset(fridaySends, snoozed.ToHashSet(StringComparer.Ordinal));
        Assert.Equal(0, after.Snoozed);
    }

    private static List<JsonElement> Actions(RecordedSend send)
    {
        using var activity = JsonDocument.Parse(send.Json);
        return [.. activity.RootElement.GetProperty("attachments")[0].GetProperty("content").GetProperty("actions").EnumerateArray().Select(a => a.Clone())];
    }
}
