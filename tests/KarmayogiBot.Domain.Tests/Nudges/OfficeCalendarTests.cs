using System.Globalization;
using KarmayogiBot.Domain.Nudges;

namespace KarmayogiBot.Domain.Tests.Nudges;

public sealed class OfficeCalendarTests
{
    private static readonly OfficeCalendar Calendar = new(new TimeOnly(10, 0), new TimeOnly(17, 30), [DayOfWeek.Saturday, DayOfWeek.Sunday], [new DateOnly(2026, 3, 4)]);

    [Theory]
    [InlineData("2026-03-20T10:00:00+05:30", true)]   // Friday, opening: inclusive
    [InlineData("2026-03-20T09:59:59+05:30", false)]
    [InlineData("2026-03-20T17:29:59+05:30", true)]
    [InlineData("2026-03-20T17:30:00+05:30", false)]  // closing: exclusive
    [InlineData("2026-03-20T05:30:00Z", true)]        // 11:00 in India
    [InlineData("2026-03-20T03:00:00Z", false)]       // 08:30 in India
    [InlineData("2026-03-21T11:00:00+05:30", false)]  // Saturday
    [InlineData("2026-03-22T11:00:00+05:30", false)]  // Sunday
    [InlineData("2026-03-04T11:00:00+05:30", false)]  // the holiday
    [InlineData("2026-03-03T23:30:00Z", false)]       // 05:00 on the holiday, India time
    public void IsOfficeTime_Instant_ByIndiaTime(string instant, bool expected) =>
        Assert.Equal(expected, Calendar.IsOfficeTime(DateTimeOffset.Parse(instant, CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("2026-03-04T11:00:00+05:30", "a holiday")]
    [InlineData("2026-03-21T11:00:00+05:30", "a weekend")]
    [InlineData("2026-03-20T18:00:00+05:30", "outside office hours (10:00 to 17:30 IST)")]
    public void WhyClosed_ClosedInstant_SaysWhy(string instant, string reason) =>
        Assert.Equal(reason, Calendar.WhyClosed(DateTimeOffset.Parse(instant, CultureInfo.InvariantCulture)));

    [Fact]
    public void Constructor_EndBeforeStart_Throws() =>
        Assert.Throws<ArgumentException>(() => new OfficeCalendar(new TimeOnly(17, 0), new TimeOnly(10, 0), [], []));
}
