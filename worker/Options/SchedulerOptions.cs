namespace KarmayogiBot.Worker.Options;

/// <summary>
/// <c>Worker:Scheduler</c>: Quartz. <c>TimeZone</c> of the cron strings (default Asia/Kolkata), <c>InstanceId</c>
/// (default: generated, unique per process; give each node its own when set), <c>Clustered</c> (default: on with
/// PostgreSQL, so several workers on one database share the triggers; SQLite is never clustered),
/// <c>ThreadCount</c> (default 2: one per job).
/// </summary>
public sealed class SchedulerOptions
{
    public const string SectionName = "Worker:Scheduler";

    public const string SchedulerName = "KarmayogiWorker";

    public string TimeZone { get; set; } = "Asia/Kolkata";

    public string? InstanceId { get; set; }

    public bool? Clustered { get; set; }

    public int ThreadCount { get; set; } = 2;
}
