using KarmayogiBot.Worker.Options;
using Microsoft.Extensions.Options;

namespace KarmayogiBot.Worker.Delivery;

/// <summary>
/// Spaces this worker's connector calls evenly at <see cref="DeliveryOptions.SendsPerSecond"/>, with no burst:
/// each caller gets the next free slot. A token bucket with a burst would send 30 at once and then be throttled
/// by a connector that counts over any one-second window; even spacing stays under it. Pacing happens before a
/// message is marked <c>sending</c>, so a message never waits for a permit while it is in doubt.
/// </summary>
public sealed class SendPacer
{
    private readonly TimeProvider _clock;
    private readonly TimeSpan _interval;
    private readonly Lock _gate = new();
    private long _nextSlot;

    public SendPacer(IOptions<DeliveryOptions> options, TimeProvider clock)
    {
        _clock = clock;
        var rate = options.Value.SendsPerSecond;
        _interval = rate > 0 ? TimeSpan.FromTicks((long)(TimeSpan.TicksPerSecond / rate)) : TimeSpan.Zero;
    }

    /// <summary>Waits for this caller's slot.</summary>
    public async ValueTask WaitAsync(CancellationToken cancellationToken)
    {
        if (_interval == TimeSpan.Zero)
        {
            return;
        }

        TimeSpan wait;
        lock (_gate)
        {
            var now = _clock.GetTimestamp();
            var slot = Math.Max(now, _nextSlot);
            _nextSlot = slot + (long)(_interval.TotalSeconds * _clock.TimestampFrequency);
            wait = _clock.GetElapsedTime(now, slot);
        }

        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, _clock, cancellationToken).ConfigureAwait(false);
        }
    }
}
