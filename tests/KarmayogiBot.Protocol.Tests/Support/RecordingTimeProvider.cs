namespace KarmayogiBot.Protocol.Tests.Support;

/// <summary>A clock fixed at <see cref="Now"/> whose timers fire at once and record their due time: retries wait no real time.</summary>
internal sealed class RecordingTimeProvider : TimeProvider
{
    private readonly List<TimeSpan> delays = [];

    public DateTimeOffset Now { get; set; } = new(2026, 4, 1, 4, 30, 0, TimeSpan.Zero);

    public IReadOnlyList<TimeSpan> Delays
    {
        get
        {
            lock (delays)
            {
                return [.. delays];
            }
        }
    }

    public override DateTimeOffset GetUtcNow() => Now;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        if (dueTime != Timeout.InfiniteTimeSpan)
        {
            lock (delays)
            {
                delays.Add(dueTime);
            }

            ThreadPool.QueueUserWorkItem(_ => callback(state));
        }

        return new NoTimer();
    }

    private sealed class NoTimer : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => true;

        public void Dispose()
        {
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
