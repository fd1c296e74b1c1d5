using KarmayogiBot.Domain.Nudges;
using KarmayogiBot.Domain.Officers;
using KarmayogiBot.Infrastructure.Outbox;
using KarmayogiBot.Infrastructure.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace KarmayogiBot.Infrastructure.Tests.Outbox;

/// <summary>The outbox's state machine on SQLite and PostgreSQL: keyed writes, exclusive claims, leases, in-doubt rows.</summary>
public sealed class OutboxStoreTests
{
    private static readonly DateOnly Day = new(2026, 3, 20);
    private static readonly string[] Kinds = [OutboxKinds.Nudge];
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);

    [Theory]
    [MemberData(nameof(StoreKind.All), MemberType = typeof(StoreKind))]
    public async Task PlanAsync_SameOfficerKindAndDayTwice_OneRowTheFirstKept(string provider)
    {
        await using var store = await StoreAsync(provider);
        var now = DateTimeOffset.UtcNow;

        var first = await store.Outbox.PlanAsync("run-1", [Message("A1", "first")], now);
        var second = await store.Outbox.PlanAsync("run-2", [Message("A1", "second"), Message("A2", "other")], now);
        var nextDay = await store.Outbox.PlanAsync("run-3", [Message("A1", "next day") with { Day = Day.AddDays(1) }], now);

        Assert.Single(first);
        Assert.Equal(["A2"], second.Select(m => m.EmployeeCode));
        Assert.Single(nextDay);
        var claimed = await store.Outbox.ClaimAsync("w1", Day, Kinds, now, Lease);
        Assert.Equal(("A1", "first"), (claimed!.EmployeeCode, claimed.Payload));
    }

    [Theory]
    [MemberData(nameof(StoreKind.All), MemberType = typeof(StoreKind))]
    public async Task ClaimAsync_TwoWorkersConcurrently_EachRowClaimedOnce(string provider)
    {
        await using var store = await StoreAsync(provider);
        var now = DateTimeOffset.UtcNow;
        await store.Outbox.PlanAsync("run", store.Codes.Select(c => Message(c, "x")).ToList(), now);
        var other = new OutboxStore(store.Another());

        async Task<List<string>> Drain(OutboxStore outbox, string worker)
        {
            var mine = new List<string>();
            while (await outbox.ClaimAsync(worker, Day, Kinds, DateTimeOffset.UtcNow, Lease) is { } row)
            {
                mine.Add(row.EmployeeCode);
            }

            return mine;
        }

        var claims = await Task.WhenAll(Task.Run(() => Drain(store.Outbox, "w1")), Task.Run(() => Drain(other, "w2")));

        Assert.Equal(store.Codes.Order(StringComparer.Ordinal), claims.SelectMany(c => c).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(StoreKind.All), MemberType = typeof(StoreKind))]
    public async Task Lifecycle_ClaimSendingSent_AndALostLeaseIsReclaimedOrRecoveredInDoubt(string provider)
    {
        await using var store = await StoreAsync(provider);
        var t0 = DateTimeOffset.UtcNow;
        await store.Outbox.PlanAsync("run", [Message("A1", "x"), Message("A2", "y")], t0);

        var a1 = await store.Outbox.ClaimAsync("w1", Day, Kinds, t0, Lease);
        var a2 = await store.Outbox.ClaimAsync("w1", Day, Kinds, t0, Lease);
        Assert.Null(await store.Outbox.ClaimAsync("w2", Day, Kinds, t0, Lease));
        Assert.True(await store.Outbox.MarkSendingAsync(a1!.Id, "w1", t0, Lease));
        Assert.False(await store.Outbox.MarkSendingAsync(a2!.Id, "w2", t0, Lease));

        // w1 dies: after its lease, w2 takes the claimed row, and the row it left sending is in doubt.
        var later = t0 + Lease + TimeSpan.FromSeconds(1);
        var retaken = await store.Outbox.ClaimAsync("w2", Day, Kinds, later, Lease);
        Assert.Equal("A2", retaken!.EmployeeCode);
        Assert.Equal([a1.Id], await store.Outbox.RecoverInDoubtAsync(Day, Kinds, resend: true, later, default));
        var again = await store.Outbox.ClaimAsync("w2", Day, Kinds, later, Lease);
        Assert.Equal(("A1", 1, 1), (again!.EmployeeCode, again.Attempts, again.InDoubt));
        Assert.False(await store.Outbox.MarkSentAsync(a1.Id, "w1", "conv", "1", later)); // the dead worker's late answer changes nothing

        Assert.True(await store.Outbox.MarkSendingAsync(again.Id, "w2", later, Lease));
        Assert.True(await store.Outbox.MarkSentAsync(again.Id, "w2", "conv", "1", later));
        Assert.True(await store.Outbox.MarkUnreachableAsync(retaken.Id, "w2", "forbidden", "ConversationBlockedByUser", later));
        var counts = await store.Outbox.CountAsync(Day, Kinds);
        Assert.Equal((1, 1, 0), (counts.Sent, counts.Unreachable, counts.Pending));
        Assert.Equal("forbidden", (await new ReachabilityStore(store.Database).UnreachableAsync())["A2"].Reason);
        Assert.Equal(Day, (await store.Outbox.LastDeliveredAsync(OutboxKinds.Nudge))["A1"]);
    }

    [Theory]
    [MemberData(nameof(StoreKind.All), MemberType = typeof(StoreKind))]
    public async Task RecoverInDoubtAsync_NotResending_FailsTheRow(string provider)
    {
        await using var store = await StoreAsync(provider);
        var t0 = DateTimeOffset.UtcNow;
        await store.Outbox.PlanAsync("run", [Message("A1", "x")], t0);
        var row = await store.Outbox.ClaimAsync("w1", Day, Kinds, t0, Lease);
        await store.Outbox.MarkSendingAsync(row!.Id, "w1", t0, Lease);

        Assert.Empty(await store.Outbox.RecoverInDoubtAsync(Day, Kinds, resend: false, t0, default)); // lease still running
        Assert.Single(await store.Outbox.RecoverInDoubtAsync(Day, Kinds, resend: false, t0 + Lease * 2, default));

        Assert.Equal(1, (await store.Outbox.CountAsync(Day, Kinds)).Failed);
    }

    [Theory]
    [MemberData(nameof(StoreKind.All), MemberType = typeof(StoreKind))]
    public async Task NudgeHistory_LastDayOfTheScope_CountsByStateAndNamesTheUnreachable(string provider)
    {
        await using var store = await StoreAsync(provider);
        var now = DateTimeOffset.UtcNow;
        await store.Outbox.PlanAsync("old", [Message("A1", "x") with { Day = Day.AddDays(-3) }], now);
        await store.Outbox.PlanAsync("run", [Message("A1", "x"), Message("A2", "y"), Message("B1", "z", OutboxStates.Unreachable)], now);
        var row = await store.Outbox.ClaimAsync("w", Day, Kinds, now, Lease);
        await store.Outbox.MarkSendingAsync(row!.Id, "w", now, Lease);
        await store.Outbox.MarkSentAsync(row.Id, "w", "c", "1", now);

        var history = new SqlNudgeHistory(store.Database);
        var zoneA = await history.LastRunAsync(OfficerScope.ForZone("zone a"));
        var zoneB = await history.LastRunAsync(OfficerScope.ForZone("Zone B"));

        Assert.Equal((1, 0, 0, 1), (zoneA!.Sent, zoneA.Failed, zoneA.Unreachable, zoneA.Pending));
        Assert.Equal((0, 1), (zoneB!.Sent, zoneB.Unreachable));
        Assert.Equal(["Officer B1 (B1)"], zoneB.UnreachableOfficers);
        Assert.Null(await history.LastRunAsync(OfficerScope.ForZone("Zone C")));
    }

    private static PlannedMessage Message(string code, string payload, string state = OutboxStates.Planned) =>
        new(code, OutboxKinds.Nudge, Day, $"kyb-nudge-{code}", "reminder", payload, state);

    private static async Task<Store> StoreAsync(string provider)
    {
        var folder = new TempFolder();
        PostgresDatabase? postgres = null;
        KarmayogiDatabase database;
        Func<KarmayogiDatabase> another;
        if (provider == StoreKind.Postgres)
        {
            postgres = await PostgresDatabase.CreateAsync();
            var cs = postgres.ConnectionString;
            database = new PostgresKarmayogiDatabase(cs, Microsoft.Extensions.Logging.Abstractions.NullLogger<PostgresKarmayogiDatabase>.Instance);
            another = () => new PostgresKarmayogiDatabase(cs, Microsoft.Extensions.Logging.Abstractions.NullLogger<PostgresKarmayogiDatabase>.Instance);
        }
        else
        {
            var cs = SqliteKarmayogiDatabase.ForFile(folder.File("k.db"));
            database = new SqliteKarmayogiDatabase(cs, 30, Microsoft.Extensions.Logging.Abstractions.NullLogger<SqliteKarmayogiDatabase>.Instance);
            another = () => new SqliteKarmayogiDatabase(cs, 30, Microsoft.Extensions.Logging.Abstractions.NullLogger<SqliteKarmayogiDatabase>.Instance);
        }

        var officers = new SqlOfficerStore(database, TimeProvider.System);
        var codes = new List<string>();
        foreach (var (code, zone) in Enumerable.Range(1, 30).Select(i => ($"A{i}", "Zone A")).Append(("B1", "Zone B")))
        {
            await officers.SaveAsync(new Officer(code, $"Officer {code}", "Superintendent", "CGST Chennai North Commissionerate", zone, null, null, null, ProductRole.Officer, null, null));
            codes.Add(code);
        }

        return new Store(folder, postgres, database, new OutboxStore(database), codes, another);
    }

    private sealed record Store(TempFolder Folder, PostgresDatabase? Postgres, KarmayogiDatabase Database, OutboxStore Outbox, List<string> Codes, Func<KarmayogiDatabase> AnotherFactory) : IAsyncDisposable
    {
        private readonly List<KarmayogiDatabase> _others = [];

        public KarmayogiDatabase Another()
        {
            var other = AnotherFactory();
            _others.Add(other);
            return other;
        }

        public async ValueTask DisposeAsync()
        {
            foreach (var other in _others)
            {
                await other.DisposeAsync();
            }

            await Database.DisposeAsync();
            if (Postgres is not null)
            {
                await Postgres.DisposeAsync();
            }

            Folder.Dispose();
        }
    }
}
