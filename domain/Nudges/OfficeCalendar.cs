using KarmayogiBot.Domain.Time;

namespace KarmayogiBot.Domain.Nudges;

/// <summary>
/// When officers may be messaged: office hours on office days, in India time (Asia/Kolkata). An office day is a
/// day that is neither a weekend day nor a configured holiday. <see cref="Start"/> is inclusive, <see cref="End"/>
/// exclusive: with 10:00 to 17:30, 10:00:00 is office time and 17:30:00 is not.
/// </summary>
public sealed class OfficeCalendar
{
    public OfficeCalendar(TimeOnly start, TimeOnly end, IEnumerable<DayOfWeek> weekendDays, IEnumerable<DateOnly> holidays)
    {
        if (end <= start)
        {
            throw new ArgumentException($"Office hours must end after they start ({start:HH\\:mm} to {end:HH\\:mm}).", nameof(end));
        }

        Start = start;
        End = end;
        WeekendDays = weekendDays.ToHashSet();
        Holidays = holidays.ToHashSet();
        if (WeekendDays.Count >= 7)
        {
            throw new ArgumentException("Every day of the week is a weekend day: there would be no office day.", nameof(weekendDays));
        }
    }

    /// <summary>10:00 to 17:30, Saturday and Sunday off, no holidays: the Government of India's five-day week.</summary>
    public static OfficeCalendar Default { get; } = new(new TimeOnly(10, 0), new TimeOnly(17, 30), [DayOfWeek.Saturday, DayOfWeek.Sunday], []);

    public TimeOnly Start { get; }

    public TimeOnly End { get; }

    public IReadOnlySet<DayOfWeek> WeekendDays { get; }

    /// <summary>Gazetted or restricted holidays the zone observes (India dates).</summary>
    public IReadOnlySet<DateOnly> Holidays { get; }

    public bool IsOfficeDay(DateOnly day) => !WeekendDays.Contains(day.DayOfWeek) && !Holidays.Contains(day);

    /// <summary>Whether <paramref name="instant"/> falls in office hours of an office day in India.</summary>
    public bool IsOfficeTime(DateTimeOffset instant)
    {
        var india = IndiaCalendar.ToIndia(instant);
        var time = TimeOnly.FromDateTime(india.DateTime);
        return IsOfficeDay(DateOnly.FromDateTime(india.DateTime)) && time >= Start && time < End;
    }

    /// <summary>Why <paramref name="instant"/> is not office time ("a weekend", "a holiday", "outside office hours"); null when it is.</summary>
    public string? WhyClosed(DateTimeOffset instant)
    {
        var india = IndiaCalendar.ToIndia(instant);
        var day = DateOnly.FromDateTime(india.DateTime);
        if (Holidays.Contains(day))
        {
            return "a holiday";
        }

        if (WeekendDays.Contains(day.DayOfWeek))
        {
            return "a weekend";
        }

        var time = TimeOnly.FromDateTime(india.DateTime);
        return time >= Start && time < End ? null : $"outside office hours ({Start:HH\\:mm} to {End:HH\\:mm} IST)";
    }
}
