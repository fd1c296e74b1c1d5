using KarmayogiBot.Domain.Officers;
using KarmayogiBot.Infrastructure.Outbox;
using KarmayogiBot.Infrastructure.Tests.Support;

namespace KarmayogiBot.Infrastructure.Tests.Outbox;

/// <summary>"Remind me in a week" kept in the store: per officer and cycle, seen by another process, replaced by a later snooze.</summary>
public sealed class NudgeSnoozesTests
{
    private static readonly DateTimeOffset Now = new(2026, 4, 13, 6, 0, 0, TimeSpan.Zero);

    [Theory]
    [MemberData(nameof(StoreKind.All), MemberType = typeof(StoreKind))]
    public async Task SnoozeAsync_HoldsUntilItsDayForItsCycleOnly_AndAnotherProcessSeesIt(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
                foreach (var code in new[] { "A1", "A2" })
        {
            await store.Officers.SaveAsync(new Officer(code, $"Officer {code}", "Superintendent", "CGST Chennai North Commissionerate", "Zone A", null, null, null, ProductRole.Officer, null, null));
        }

        var snoozes = new SqlNudgeSnoozes(store.Database);
        Assert.True(await snoozes.SnoozeAsync("A1", "2025-26", new DateOnly(2026, 4, 20), Now));
        Assert.False(await snoozes.SnoozeAsync("NOT-IN-ROSTER", "2025-26", new DateOnly(2026, 4, 20), Now));

        await using var another = store.OpenAnother();
        var other = new SqlNudgeSnoozes(another);
        Assert.Equal(new Dictionary<string, DateOnly> { ["A1"] = new(2026, 4, 20) }, await other.SnoozedAsync("2025-26", new DateOnly(2026, 4, 19)));
        Assert.Empty(await other.SnoozedAsync("2025-26", new DateOnly(2026, 4, 20))); // the day itself: nudged again
        Assert.Empty(await other.SnoozedAsync("2024-25", new DateOnly(2026, 4, 14)));

        Assert.True(await snoozes.SnoozeAsync("A1", "2025-26", new DateOnly(2026, 4, 27), Now.AddDays(7)));
        Assert.Equal(new DateOnly(2026, 4, 27), (await other.SnoozedAsync("2025-26", new DateOnly(2026, 4, 21)))["A1"]);
    }
}
