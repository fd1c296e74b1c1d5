namespace KarmayogiBot.Infrastructure.Tests.Support;

/// <summary>
/// What an action costs in memory: the bytes it allocated (the whole process's, so its tests run alone: see
/// <see cref="AloneCollection"/>) and the largest managed heap seen, sampled every few milliseconds while it runs.
/// </summary>
public static class MemoryProbe
{
    public const long MiB = 1 << 20;

    public static async Task<(long AllocatedBytes, long PeakHeapBytes)> MeasureAsync(Func<Task> action)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var peak = GC.GetTotalMemory(forceFullCollection: false);
        using var done = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!done.IsCancellationRequested)
            {
                Interlocked.Exchange(ref peak, Math.Max(Interlocked.Read(ref peak), GC.GetTotalMemory(forceFullCollection: false)));
                await Task.Delay(5);
            }
        });
        try
        {
            await action();
        }
        finally
        {
            await done.CancelAsync();
            await sampler;
        }

        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        return (allocated, Math.Max(peak, GC.GetTotalMemory(forceFullCollection: false)));
    }
}
