using KarmayogiBot.Bot.Caching;
using KarmayogiBot.Domain.Conversations;
using KarmayogiBot.Domain.Officers;
using KarmayogiBot.Infrastructure;
using KarmayogiBot.Infrastructure.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace KarmayogiBot.Bot.Tests.Caching;

/// <summary>The bot's caches over a real SQLite file, with the worker as a second process on the same file.</summary>
public sealed class StoreCachesTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 20, 6, 0, 0, TimeSpan.Zero));

    public void Dispose() => _folder.Dispose();

    private IConfiguration Settings(params (string Key, string Value)[] extra) => new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Karmayogi"] = $"Data Source={_folder.File("karmayogi.db")};Pooling=False" })
        .AddInMemoryCollection(extra.Select(e => new KeyValuePair<string, string?>(e.Key, e.Value)))
        .Build();

    private ServiceProvider Bot(params (string Key, string Value)[] settings)
    {
        var configuration = Settings(settings);
        return new ServiceCollection().AddSingleton<TimeProvider>(_clock).AddKarmayogiStore(configuration).AddStoreReadCache().BuildServiceProvider();
    }

    /// <summary>The worker's process: the store without the bot's caches.</summary>
    private ServiceProvider Worker() => new ServiceCollection().AddSingleton<TimeProvider>(_clock).AddKarmayogiStore(Settings()).BuildServiceProvider();

    private static Officer Inspector(string email) =>
        new("C1", "Officer One", "Inspector", "CGST Chennai North", "Chennai CGST Zone", null, email, null, ProductRole.Officer, null, null);

    [Fact]
    public async Task Roster_ImportedByTheWorker_ShowsInTheBotWithinTheCacheLifetime()
    {
        await using var bot = Bot();
        await using var worker = Worker();
        var officers = bot.GetRequiredService<IOfficerStore>();
        Assert.Null(await officers.FindByEmailAsync("one@example.gov.in"));

        await worker.GetRequiredService<IOfficerStore>().SaveAsync(Inspector("one@example.gov.in"));
        var soon = await officers.FindByEmailAsync("one@example.gov.in");
        _clock.Advance(TimeSpan.FromSeconds(ReadCacheServiceCollectionExtensions.DefaultRosterSeconds));
        var later = await officers.FindByEmailAsync("ONE@example.gov.in");

        Assert.Null(soon);
        Assert.Equal("C1", later?.EmployeeCode);
    }

    [Fact]
    public async Task Roster_TheBotsOwnWrite_IsReadBackAtOnce()
    {
        await using var worker = Worker();
        await worker.GetRequiredService<IOfficerStore>().SaveAsync(Inspector("one@example.gov.in"));
        await using var bot = Bot();
        var officers = bot.GetRequiredService<IOfficerStore>();
        Assert.Null((await officers.FindByEmailAsync("one@example.gov.in"))!.AadObjectId);
        Assert.Null(await officers.FindByAadObjectIdAsync("aad-1"));

        await officers.LinkTeamsIdentityAsync("C1", "aad-1", "teams-1");

        Assert.Equal("aad-1", (await officers.FindByEmailAsync("one@example.gov.in"))!.AadObjectId);
        Assert.Equal("C1", (await officers.FindByAadObjectIdAsync("aad-1"))?.EmployeeCode);
    }

    [Fact]
    public async Task Roster_CacheSetToZero_EveryReadGoesToTheStore()
    {
        await using var bot = Bot((ReadCacheServiceCollectionExtensions.RosterLifetimeKey, "0"));
        await using var worker = Worker();
        Assert.Null(await bot.GetRequiredService<IOfficerStore>().FindByEmailAsync("one@example.gov.in"));

        await worker.GetRequiredService<IOfficerStore>().SaveAsync(Inspector("one@example.gov.in"));

        Assert.Equal("C1", (await bot.GetRequiredService<IOfficerStore>().FindByEmailAsync("one@example.gov.in"))?.EmployeeCode);
    }

    [Fact]
    public async Task Memory_SavedByTheBot_IsReadBackAndSurvivesARestart()
    {
        var memory = new ConversationMemory("aad-1", "Inspector", null, "Courses", "formation", "Hindi");
        await using (var bot = Bot())
        {
            var memories = bot.GetRequiredService<IConversationMemoryStore>();
            Assert.Null(await memories.GetAsync("aad-1"));

            await memories.SaveAsync(memory);

            Assert.Equal(memory, await memories.GetAsync("aad-1"));
        }

        await using var restarted = Bot();
        Assert.Equal(memory, await restarted.GetRequiredService<IConversationMemoryStore>().GetAsync("aad-1"));
    }

    [Fact]
    public async Task Memory_ChangedByTheBot_IsWrittenBehind_NewestOnly_AndReadBackMeanwhile()
    {
        await using var bot = Bot((ReadCacheServiceCollectionExtensions.MemoryWriteDelayKey, "3600"));
        await using var worker = Worker();
        var memories = bot.GetRequiredService<IConversationMemoryStore>();
        var first = new ConversationMemory("aad-2", "Inspector", null, null, null, "English");
        var second = first with { Formation = "JNCH", Language = "Hindi" };

        await memories.SaveAsync(first);
        await memories.SaveAsync(second);

        Assert.Equal(second, await memories.GetAsync("aad-2"));
        Assert.Null(await worker.GetRequiredService<IConversationMemoryStore>().GetAsync("aad-2"));
        var writeBehind = Assert.IsType<CachingConversationMemoryStore>(memories);
        Assert.Equal(1, writeBehind.Unwritten);

        await writeBehind.WriteUnwrittenAsync();

        Assert.Equal(0, writeBehind.Unwritten);
        Assert.Equal(second, await worker.GetRequiredService<IConversationMemoryStore>().GetAsync("aad-2"));
    }

    [Fact]
    public async Task Memory_WithTheDefaultDelay_ReachesTheStoreWithinSeconds()
    {
        await using var bot = Bot();
        await using var worker = Worker();
        var memory = new ConversationMemory("aad-3", "Superintendent", "CGST", null, null, "English");

        await bot.GetRequiredService<IConversationMemoryStore>().SaveAsync(memory);

        var stored = worker.GetRequiredService<IConversationMemoryStore>();
        for (var waited = 0; waited < 100 && await stored.GetAsync("aad-3") is null; waited++)
        {
            _clock.Advance(TimeSpan.FromMilliseconds(100)); // the write-behind waits on the bot's clock
            await Task.Delay(100);
        }

        Assert.Equal(memory, await stored.GetAsync("aad-3"));
    }

    [Fact]
    public async Task Memory_WriteFails_IsKeptAndWrittenOnTheNextTry()
    {
        var inner = new Mock<IConversationMemoryStore>();
        inner.SetupSequence(s => s.SaveAsync(It.IsAny<ConversationMemory>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new IOException("disk I/O error"))
            .Returns(Task.CompletedTask);
        var store = new CachingConversationMemoryStore(inner.Object, new ReadCache(_clock, TimeSpan.FromMinutes(10)), TimeSpan.FromHours(1), _clock,
            NullLogger<CachingConversationMemoryStore>.Instance);
        var memory = new ConversationMemory("aad-4", "Examiner", "Customs");

        await store.SaveAsync(memory);
        await Assert.ThrowsAsync<IOException>(() => store.WriteUnwrittenAsync());

        Assert.Equal(1, store.Unwritten);
        Assert.Equal(memory, await store.GetAsync("aad-4"));
        await store.WriteUnwrittenAsync();
        Assert.Equal(0, store.Unwritten);
        inner.Verify(s => s.SaveAsync(memory, It.IsAny<CancellationToken>()), Times.Exactly(2));
    }

    [Theory]
    [InlineData("Sqlite", null, true)]
    [InlineData("Postgres", null, false)]
    [InlineData("Postgres", "300", true)]
    [InlineData("Sqlite", "0", false)]
    public async Task Memory_CachedInProcess_ByDefaultOnlyOverSqlite(string provider, string? seconds, bool cached)
    {
        var connectionString = provider == "Sqlite" ? $"Data Source={_folder.File("karmayogi.db")};Pooling=False" : "Host=127.0.0.1;Database=unused";
        var settings = new List<(string, string)> { ("Store:Provider", provider), ("ConnectionStrings:Karmayogi", connectionString) };
        if (seconds is not null)
        {
            settings.Add((ReadCacheServiceCollectionExtensions.MemoryLifetimeKey, seconds));
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Item1, s.Item2))).Build();
        await using var services = new ServiceCollection().AddKarmayogiStore(configuration).AddStoreReadCache().BuildServiceProvider();

        var store = services.GetRequiredService<IConversationMemoryStore>();
        Assert.Equal(cached, store is not SqlConversationMemoryStore);
    }

    [Theory]
    [InlineData(ReadCacheServiceCollectionExtensions.RosterLifetimeKey, "-1")]
    [InlineData(ReadCacheServiceCollectionExtensions.MemoryLifetimeKey, "ten")]
    public void AddStoreReadCache_BadLifetime_FailsNamingTheKey(string key, string value)
    {
        using var bot = Bot((key, value));

        var error = Assert.ThrowsAny<Exception>(() => bot.GetRequiredService<IOfficerStore>());

        Assert.Contains(key, error.Message, StringComparison.Ordinal);
        Assert.Contains($"'{value}'", error.Message, StringComparison.Ordinal);
    }
}
