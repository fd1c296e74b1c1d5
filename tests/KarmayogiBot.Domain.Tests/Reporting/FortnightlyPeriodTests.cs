using System.Globalization;
using KarmayogiBot.Domain.Reporting;

namespace KarmayogiBot.Domain.Tests.Reporting;

/// <summary>
/// Which completions a fortnightly report made on a day covers: reports go on the 1st and the 16th; a report covers
/// the half-month the day before it falls in, through that day.
/// </summary>
public sealed class FortnightlyPeriodTests
{
    [Theory]
    [InlineData("2026-03-16", "2026-03-01", "2026-03-15", true)] // the report of the 16th: the first half, whole
    [InlineData("2026-04-01", "2026-03-16", "2026-03-31", true)] // the report of the 1st: the second half of March, whole
    [InlineData("2026-03-15", "2026-03-01", "2026-03-14", false)] // the day before a report: the fortnight so far
    [InlineData("2026-03-17", "2026-03-16", "2026-03-16", false)] // the day after: one day since the report of the 16th
    [InlineData("2026-03-02", "2026-03-01", "2026-03-01", false)]
    [InlineData("2026-03-20", "2026-03-16", "2026-03-19", false)]
    [InlineData("2026-03-31", "2026-03-16", "2026-03-30", false)] // a month's last day is not yet in
    [InlineData("2026-03-01", "2026-02-16", "2026-02-28", true)] // February of a common year ends on the 28th
    [InlineData("2028-03-01", "2028-02-16", "2028-02-29", true)] // and of a leap year on the 29th
    [InlineData("2026-05-01", "2026-04-16", "2026-04-30", true)] // a month of 30 days
    [InlineData("2027-01-01", "2026-12-16", "2026-12-31", true)] // the year's end, on the 1st of January
    [InlineData("2027-01-16", "2027-01-01", "2027-01-15", true)]
    public void For_ADay_CoversTheHalfMonthOfTheDayBefore_ThroughTheDayBefore(string day, string from, string to, bool whole)
    {
        var period = FortnightlyPeriod.For(Day(day));

        Assert.Equal((Day(from), Day(to), whole), (period.From, period.To, period.IsWhole));
        Assert.Equal(whole, period.ReportDay == Day(day)); // the report that covers the fortnight whole: this one, or the next
    }

    [Fact]
    public void Contains_BothEndsInclusive_TheReportsDayOut()
    {
        var period = FortnightlyPeriod.For(Day("2026-04-01"));

        Assert.False(period.Contains(Day("2026-03-15")));
        Assert.True(period.Contains(Day("2026-03-16")));
        Assert.True(period.Contains(Day("2026-03-31")));
        Assert.False(period.Contains(Day("2026-04-01")));
    }

    [Fact]
    public void For_ConsecutiveReports_CoverEveryDayOnce()
    {
        var covered = new List<DateOnly>();
        for (var month = new DateOnly(2025, 12, 1); month < new DateOnly(2027, 1, 1); month = month.AddMonths(1))
        {
            foreach (var report in new[] { month, month.AddDays(15) })
            {
                var period = FortnightlyPeriod.For(report);
                for (var d = period.From; d <= period.To; d = d.AddDays(1))
                {
                    covered.Add(d);
                }
            }
        }

        var first = new DateOnly(2025, 11, 16);
        Assert.Equal(Enumerable.Range(0, covered.Count).Select(first.AddDays), covered);
        Assert.Equal(new DateOnly(2026, 12, 15), covered[^1]);
        Assert.Equal(new DateOnly(2027, 1, 1), FortnightlyPeriod.For(new DateOnly(2026, 12, 20)).ReportDay);
    }

    private static DateOnly Day(string text) => DateOnly.Parse(text, CultureInfo.InvariantCulture);
}
