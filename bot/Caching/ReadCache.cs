using System.Collections.Concurrent;

namespace KarmayogiBot.Bot.Caching;

/// <summary>
/// A small in-process cache of store reads on the reply path. An entry lives for <c>lifetime</c>; a write made
/// through this process drops every entry at once (<see cref="Invalidate"/>), so the bot never answers from
/// before its own write, while writes by other processes (the worker's imports) show within the lifetime.
/// When it holds <c>capacity</c> entries it starts again empty rather than growing.
/// </summary>
public sealed class ReadCache(TimeProvider clock, TimeSpan lifetime, int capacity = 100_000)
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private long _generation;

    public TimeSpan Lifetime => lifetime;

    public async Task<T> GetOrReadAsync<T>(string key, Func<CancellationToken, Task<T>> read, CancellationToken cancellationToken)
    {
        var generation = Interlocked.Read(ref _generation);
        var now = clock.GetUtcNow();
        if (_entries.TryGetValue(key, out var entry) && entry.Generation == generation && entry.Expires > now)
        {
            return (T)entry.Value!;
        }

        var value = await read(cancellationToken).ConfigureAwait(false);
        if (_entries.Count >= capacity)
        {
            _entries.Clear();
        }

        // Read before a concurrent write? Then it carries the old generation and is never served.
        _entries[key] = new Entry(value, now + lifetime, generation);
        return value;
    }

    /// <summary>Keeps what this process has just written under <paramref name="key"/>, as if read now.</summary>
    public void Put<T>(string key, T value)
    {
        if (_entries.Count >= capacity)
        {
            _entries.Clear();
        }

        _entries[key] = new Entry(value, clock.GetUtcNow() + lifetime, Interlocked.Read(ref _generation));
    }

    /// <summary>Forgets everything read so far (this process has just written).</summary>
    public void Invalidate() => Interlocked.Increment(ref _generation);

    private sealed record Entry(object? Value, DateTimeOffset Expires, long Generation);
}
