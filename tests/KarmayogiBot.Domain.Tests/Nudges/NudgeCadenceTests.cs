using KarmayogiBot.Domain.Nudges;

namespace KarmayogiBot.Domain.Tests.Nudges;

public sealed class NudgeCadenceTests
{
    [Theory]
    [InlineData(90, 7)]
    [InlineData(31, 7)]
    [InlineData(30, 3)]   // "until 30 days before": from 30 days left, twice a week
    [InlineData(8, 3)]
    [InlineData(7, 1)]    // the last week: daily
    [InlineData(0, 1)]    // the last day
    [InlineData(-1, 7)]   // overdue
    public void EveryDays_DefaultCadence_TightensTowardsTheDeadline(int daysLeft, int everyDays) =>
        Assert.Equal(everyDays, NudgeCadence.Default.EveryDays(daysLeft));

    [Fact]
    public void IsDue_TwiceAWeek_MondayAndThursdayAcrossAWeekend()
    {
        var cadence = NudgeCadence.Default;
        var monday = new DateOnly(2026, 3, 9);
        Assert.True(cadence.IsDue(20, monday, null));
        Assert.False(cadence.IsDue(20, monday.AddDays(2), monday));
        Assert.True(cadence.IsDue(20, monday.AddDays(3), monday));            // Thursday
        Assert.True(cadence.IsDue(20, monday.AddDays(7), monday.AddDays(3))); // next Monday (Sunday was the third day)
    }

    [Fact]
    public void Constructor_ConfiguredSteps_AreOrderedAndNeedALastDayStep()
    {
        var cadence = new NudgeCadence([new CadenceStep(-1, 2), new CadenceStep(14, 5)], 4);
        Assert.Equal([14, -1], cadence.Steps.Select(s => s.DaysLeftAbove));
        Assert.Equal(2, cadence.EveryDays(3));
        Assert.Equal(4, cadence.EveryDays(-3));
        Assert.Throws<ArgumentException>(() => new NudgeCadence([new CadenceStep(7, 1)], 7));
        Assert.Throws<ArgumentOutOfRangeException>(() => new CadenceStep(5, 0));
    }
}
