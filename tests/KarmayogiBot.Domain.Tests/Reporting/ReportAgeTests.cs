using KarmayogiBot.Domain.Reporting;

namespace KarmayogiBot.Domain.Tests.Reporting;

/// <summary>How old the figures are: a fortnight (15 days) is NACIN's reporting interval; older warns.</summary>
public sealed class ReportAgeTests
{
    private static readonly ReportAge Report = new(new DateOnly(2026, 3, 20), ReportAge.DefaultStaleAfterDays);

    [Theory]
    [InlineData("2026-03-20", 0, false)]
    [InlineData("2026-04-04", 15, false)]
    [InlineData("2026-04-05", 16, true)]
    public void IsStale_OlderThanFifteenDays(string asOf, int daysOld, bool stale)
    {
        var day = DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal((daysOld, stale), (Report.DaysOld(day), Report.IsStale(day)));
    }

    [Fact]
    public void IsStale_NoReportImported_NotStaleButNoAge()
    {
        var none = new ReportAge(null, 15);

        Assert.Null(none.DaysOld(new DateOnly(2026, 12, 4)));
        Assert.False(none.IsStale(new DateOnly(2026, 12, 4)));
    }
}
