using KarmayogiBot.Domain.Nudges;

namespace KarmayogiBot.Worker.Options;

/// <summary>
/// <c>Worker:Office</c>: when officers may be messaged, India time. <c>Start</c> / <c>End</c> (HH:mm, default 10:00 to
/// 17:30; the end is exclusive), <c>WeekendDays</c> (default Saturday, Sunday), <c>Holidays</c> (yyyy-mm-dd dates).
/// </summary>
public sealed class OfficeOptions
{
    public const string SectionName = "Worker:Office";

    public TimeOnly Start { get; set; } = new(10, 0);

    public TimeOnly End { get; set; } = new(17, 30);

    /// <summary>Null: Saturday and Sunday. (Configured lists replace it; binding would append to a non-empty default.)</summary>
    public List<DayOfWeek>? WeekendDays { get; set; }

    public List<DateOnly> Holidays { get; set; } = [];

    public OfficeCalendar ToCalendar() => new(Start, End, (WeekendDays is { Count: > 0 } days ? days : [DayOfWeek.Saturday, DayOfWeek.Sunday]).Distinct(), Holidays);
}
