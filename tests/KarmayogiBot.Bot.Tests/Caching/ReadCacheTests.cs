using KarmayogiBot.Bot.Caching;
using Microsoft.Extensions.Time.Testing;

namespace KarmayogiBot.Bot.Tests.Caching;

public sealed class ReadCacheTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 20, 6, 0, 0, TimeSpan.Zero));
    private int _reads;

    private Task<string> Read(CancellationToken _) => Task.FromResult($"read {++_reads}");

    [Fact]
    public async Task GetOrRead_WithinTheLifetime_ReadsTheStoreOnce()
    {
        var cache = new ReadCache(_clock, TimeSpan.FromSeconds(30));

        var first = await cache.GetOrReadAsync("k", Read, default);
        _clock.Advance(TimeSpan.FromSeconds(29));
        var second = await cache.GetOrReadAsync("k", Read, default);

        Assert.Equal("read 1", first);
        Assert.Equal("read 1", second);
    }

    [Fact]
    public async Task GetOrRead_AfterTheLifetime_ReadsAgain()
    {
        var cache = new ReadCache(_clock, TimeSpan.FromSeconds(30));

        await cache.GetOrReadAsync("k", Read, default);
        _clock.Advance(TimeSpan.FromSeconds(30));

        Assert.Equal("read 2", await cache.GetOrReadAsync("k", Read, default));
    }

    [Fact]
    public async Task GetOrRead_NothingFound_IsKeptToo()
    {
        var cache = new ReadCache(_clock, TimeSpan.FromSeconds(30));
        var reads = 0;

        await cache.GetOrReadAsync<string?>("k", _ => { reads++; return Task.FromResult<string?>(null); }, default);
        var again = await cache.GetOrReadAsync<string?>("k", _ => { reads++; return Task.FromResult<string?>(null); }, default);

        Assert.Null(again);
        Assert.Equal(1, reads);
    }

    [Fact]
    public async Task Invalidate_ForgetsEveryKey()
    {
        var cache = new ReadCache(_clock, TimeSpan.FromSeconds(30));
        await cache.GetOrReadAsync("a", Read, default);
        await cache.GetOrReadAsync("b", Read, default);

        cache.Invalidate();

        Assert.Equal("read 3", await cache.GetOrReadAsync("a", Read, default));
        Assert.Equal("read 4", await cache.GetOrReadAsync("b", Read, default));
    }

    [Fact]
    public async Task GetOrRead_AWriteDuringTheRead_TheOldValueIsNeverServed()
    {
        var cache = new ReadCache(_clock, TimeSpan.FromSeconds(30));

        var during = await cache.GetOrReadAsync("k", _ =>
        {
            cache.Invalidate(); // this process writes while the read is in flight
            return Task.FromResult("before the write");
        }, default);

        Assert.Equal("before the write", during);
        Assert.Equal("read 1", await cache.GetOrReadAsync("k", Read, default));
    }

    [Fact]
    public async Task Put_ServesWhatWasWrittenWithoutReading()
    {
        var cache = new ReadCache(_clock, TimeSpan.FromSeconds(30));
        await cache.GetOrReadAsync("k", Read, default);

        cache.Put("k", "written");

        Assert.Equal("written", await cache.GetOrReadAsync("k", Read, default));
        Assert.Equal(1, _reads);
    }

    [Fact]
    public async Task GetOrRead_AtCapacity_StartsAgainEmptyInsteadOfGrowing()
    {
        var cache = new ReadCache(_clock, TimeSpan.FromSeconds(30), capacity: 2);
        await cache.GetOrReadAsync("a", Read, default);
        await cache.GetOrReadAsync("b", Read, default);

        await cache.GetOrReadAsync("c", Read, default); // full: emptied, then c kept

        Assert.Equal("read 3", await cache.GetOrReadAsync("c", Read, default));
        Assert.Equal("read 4", await cache.GetOrReadAsync("a", Read, default));
    }
}
