using KarmayogiBot.Domain.Compliance;
using KarmayogiBot.Domain.Officers;

namespace KarmayogiBot.Domain.Tests.Officers;

public sealed class ReportSupersessionTests
{
    private static readonly DateTime March1 = new(2026, 3, 1, 18, 0, 0);
    private static readonly DateTime February1 = new(2026, 2, 1, 6, 0, 0);

    private static StoredCourseRecord Record(CourseProgress progress, decimal percent, DateTime reportedAt) =>
        new(new CourseRecord("noting-and-drafting", progress, percent, progress == CourseProgress.Completed ? new DateOnly(2026, 2, 20) : null), null, "report.csv", reportedAt);

    [Fact]
    public void NewerReport_Supersedes_EvenWithLessProgress()
    {
        var stored = Record(CourseProgress.Completed, 100, February1);

        Assert.True(ReportSupersession.Supersedes(Record(CourseProgress.InProgress, 10, March1), stored));
    }

    [Fact]
    public void OlderReport_NeverOverwritesANewer_EvenWithMoreProgress()
    {
        var stored = Record(CourseProgress.InProgress, 30, March1);

        Assert.False(ReportSupersession.Supersedes(Record(CourseProgress.Completed, 100, February1), stored));
    }

    [Theory]
    [InlineData(CourseProgress.Completed, 100, CourseProgress.InProgress, 90, true)]
    [InlineData(CourseProgress.InProgress, 60, CourseProgress.InProgress, 55, true)]
    [InlineData(CourseProgress.InProgress, 55.9, CourseProgress.InProgress, 55.2, false)]
    [InlineData(CourseProgress.InProgress, 40, CourseProgress.Completed, 100, false)]
    [InlineData(CourseProgress.InProgress, 40, CourseProgress.InProgress, 40, false)]
    public void ReportOfTheSameTime_SupersedesOnlyWhenFurtherAlong(
        CourseProgress progress, double percent, CourseProgress storedProgress, double storedPercent, bool supersedes)
    {
        var stored = Record(storedProgress, (decimal)storedPercent, March1);

        Assert.Equal(supersedes, ReportSupersession.Supersedes(Record(progress, (decimal)percent, March1), stored));
    }
}
