namespace KarmayogiBot.Worker.SampleZone;

/// <summary>
/// Reproducible random streams: one per purpose and officer, derived from the seed (SplitMix64), so that turning an
/// option on (outsiders, transfers, unregistered officers) leaves every other officer's draws as they were.
/// </summary>
public static class SampleRandom
{
    public static Random For(int seed, SampleStream stream, int index)
    {
        var x = unchecked(((ulong)(uint)seed << 32) ^ ((ulong)stream << 24) ^ (uint)index);
        x = unchecked(x + 0x9E3779B97F4A7C15);
        x = unchecked((x ^ (x >> 30)) * 0xBF58476D1CE4E5B9);
        x = unchecked((x ^ (x >> 27)) * 0x94D049BB133111EB);
        x ^= x >> 31;
        return new Random((int)(x & 0x7FFFFFFF));
    }

    public static bool Chance(this Random random, double chance) => random.NextDouble() < chance;

    public static T Pick<T>(this Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
