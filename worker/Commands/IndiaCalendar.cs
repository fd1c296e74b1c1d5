namespace KarmayogiBot.Worker.Commands;

/// <summary>Today's date in India (Asia/Kolkata), from the host's clock: the one place the worker reads it.</summary>
public static class IndiaCalendar
{
    private static readonly TimeZoneInfo India = TimeZoneInfo.FindSystemTimeZoneById("Asia/Kolkata");

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), India).DateTime);
}
