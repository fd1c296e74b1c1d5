namespace KarmayogiBot.Worker.Options;

/// <summary>
/// <c>Worker:Delivery</c>: how the outbox is sent. <c>SendsPerSecond</c> (all connector calls of this worker, evenly
/// spaced, no bursts; default 29.5, under Teams' 30 per app per tenant; 0 = unpaced), <c>MaxConcurrency</c> (requests
/// in flight, default 4), <c>MaxAttempts</c> (sends refused with 429/412/5xx before a message fails, default 8),
/// <c>RetryBaseDelay</c> / <c>MaxRetryDelay</c> (exponential back-off, default 1 s / 5 min), <c>LeaseSeconds</c>
/// (how long a claim outlives a worker that stopped, default 30), <c>ResendInDoubt</c> (a message whose send was cut
/// off by a crash is sent again: default true, it may then arrive twice; false: it may never arrive),
/// <c>UnreachableRetryDays</c> (an officer marked unreachable is tried again after this many days, or as soon as
/// the bot stores a newer conversation with them; default 30).
/// </summary>
public sealed class DeliveryOptions
{
    public const string SectionName = "Worker:Delivery";

    public double SendsPerSecond { get; set; } = 29.5;

    public int MaxConcurrency { get; set; } = 4;

    public int MaxAttempts { get; set; } = 8;

    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(5);

    public int LeaseSeconds { get; set; } = 30;

    public bool ResendInDoubt { get; set; } = true;

    public int UnreachableRetryDays { get; set; } = 30;

    public TimeSpan Lease => TimeSpan.FromSeconds(LeaseSeconds);
}
