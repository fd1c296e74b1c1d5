namespace KarmayogiBot.Domain.Reporting;

/// <summary>
/// The completions a fortnightly report to NACIN's iGOT Cell covers (NACIN e-mails of 08.07.2024 and 23.07.2024:
/// "courses completed by officers in their respective zone", every fortnight). Reports go on the 1st and the 16th of
/// each month, so the fortnights are the halves of a month: the 1st to the 15th, and the 16th to the month's last day.
/// A report made on day <c>D</c> covers the half-month in which the day before <c>D</c> falls, from its first day
/// through the day before <c>D</c>, both inclusive (India dates). On the 1st and the 16th that is the whole fortnight
/// just ended (16.03–31.03 on 01.04, 01.03–15.03 on 16.03), which is what the report of that day must carry; on any
/// other day it is the fortnight so far, since the previous report (16.03–19.03 on 20.03), so a nodal officer can
/// see the next report taking shape. The day <c>D</c> itself is never counted: iGOT's reports are generated up to
/// the day before, and a day's completions belong to the next report, not to one sent while the day is running.
/// Pure: the day comes in, no clock.
/// </summary>
/// <param name="From">The first day covered, inclusive: the 1st or the 16th.</param>
/// <param name="To">The last day covered, inclusive: the day before the report.</param>
public sealed record FortnightlyPeriod(DateOnly From, DateOnly To)
{
    /// <summary>The second fortnight of a month starts on this day.</summary>
    public const int SecondHalfStarts = 16;

    /// <summary>The period a report made on <paramref name="day"/> covers.</summary>
    public static FortnightlyPeriod For(DateOnly day)
    {
        var last = day.AddDays(-1);
        var from = last.Day >= SecondHalfStarts ? new DateOnly(last.Year, last.Month, SecondHalfStarts) : new DateOnly(last.Year, last.Month, 1);
        return new FortnightlyPeriod(from, last);
    }

    /// <summary>Whether <paramref name="day"/> is one the report covers (both ends inclusive).</summary>
    public bool Contains(DateOnly day) => day >= From && day <= To;

    /// <summary>The day of the report that covers this fortnight whole: the 16th for the first half, the next month's 1st for the second.</summary>
    public DateOnly ReportDay => From.Day == 1 ? From.AddDays(SecondHalfStarts - 1) : new DateOnly(From.Year, From.Month, 1).AddMonths(1);

    /// <summary>Whether the period is a whole fortnight, as on the 1st and the 16th (a report due that day).</summary>
    public bool IsWhole => To.AddDays(1).Day is 1 or SecondHalfStarts;
}
