namespace KarmayogiBot.Domain.Time;

/// <summary>India time (Asia/Kolkata, UTC+05:30, no daylight saving): the days the circulars' deadlines are in.</summary>
public static class IndiaCalendar
{
    private static readonly TimeZoneInfo India = TimeZoneInfo.FindSystemTimeZoneById("Asia/Kolkata");

    /// <summary>The day in India at this instant.</summary>
    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, India).DateTime);

    /// <summary>Today in India, by the given clock (hosts pass TimeProvider.System; tests a fake).</summary>
    public static DateOnly Today(TimeProvider clock) => DateOf(clock.GetUtcNow());

    /// <summary>The first instant of <paramref name="day"/> in India (its midnight).</summary>
    public static DateTimeOffset StartOf(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), India.GetUtcOffset(day.ToDateTime(TimeOnly.MinValue)));

    /// <summary>The instant in India's offset.</summary>
    public static DateTimeOffset ToIndia(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, India);
}
