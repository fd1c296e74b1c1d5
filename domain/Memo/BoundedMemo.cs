using System.Collections.Concurrent;

namespace KarmayogiBot.Domain.Memo;

/// <summary>
/// Results of a pure computation kept by their inputs, safe to share between threads: for work whose inputs repeat
/// (the same questions, designations and answers). At <c>capacity</c> entries it starts again empty rather than
/// growing; two threads computing the same key at once both compute, and one result is kept.
/// </summary>
public sealed class BoundedMemo<TKey, TValue>(int capacity)
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, TValue> _kept = new();

    /// <summary>How many results are kept now.</summary>
    public int Count => _kept.Count;

    /// <summary>The kept result for <paramref name="key"/>, else <paramref name="compute"/>'s, kept.</summary>
    /// <param name="argument">Passed to <paramref name="compute"/>, so that a static lambda needs no closure (no allocation per call).</param>
    public TValue GetOrCompute<TArgument>(TKey key, TArgument argument, Func<TKey, TArgument, TValue> compute)
    {
        if (_kept.TryGetValue(key, out var known))
        {
            return known;
        }

        var value = compute(key, argument);
        if (_kept.Count >= capacity)
        {
            _kept.Clear();
        }

        _kept[key] = value;
        return value;
    }
}
