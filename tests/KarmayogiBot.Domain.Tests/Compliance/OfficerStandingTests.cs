using KarmayogiBot.Domain.Catalog;
using KarmayogiBot.Domain.Compliance;
using KarmayogiBot.Domain.Officers;

namespace KarmayogiBot.Domain.Tests.Compliance;

/// <summary>The standing rules summaries count by: pending, overdue, role unknown, and the first overdue day.</summary>
public sealed class OfficerStandingTests
{
    private static readonly StandingEvaluator Evaluator = new(TestCatalog.Catalog);
    private static readonly Officer Superintendent = new(
        "CB1", "Asha Rao", "Superintendent", "CGST Chennai North Commissionerate", "Chennai CGST Zone", Wing.Gst, null, null, ProductRole.Officer, null, null);

    private static StoredCourseRecord Done(string courseId) =>
        new(new CourseRecord(courseId, CourseProgress.Completed, 100, new DateOnly(2026, 1, 10)), null, "report.csv", default);

    [Fact]
    public void Pending_IsTheCountedCoursesNotDone_TheAssessmentApart()
    {
        var standing = Evaluator.Evaluate(new OfficerRecords(Superintendent, null, [Done("noting-and-drafting")]), new DateOnly(2026, 3, 20));

        var pending = standing.Pending();

        Assert.Equal(5, pending.Count);
        Assert.DoesNotContain(pending, r => r.Course.Id == "noting-and-drafting");
        Assert.All(pending, r => Assert.False(r.Advisory));
        Assert.Equal(6, standing.Report!.PendingCount); // the five and the assessment
    }

    [Theory]
    [InlineData("2026-03-20", false)]
    [InlineData("2026-03-31", false)]
    [InlineData("2026-04-01", true)]
    public void IsOverdue_OnceTheLastDayOfSomethingLeftHasPassed(string day, bool overdue)
    {
        var asOf = DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture);
        var standing = Evaluator.Evaluate(new OfficerRecords(Superintendent, null, [Done("noting-and-drafting")]), asOf);

        Assert.Equal(overdue, standing.IsOverdue());
        Assert.Equal(new DateOnly(2026, 4, 1), standing.Report!.OverdueFrom());
        Assert.Equal(overdue, asOf >= standing.Report.OverdueFrom());
    }

    [Fact]
    public void Everything_Done_IsNeverOverdue()
    {
        var records = TestCatalog.Catalog.Courses.Select(c => Done(c.Id)).ToList();
        var standing = Evaluator.Evaluate(new OfficerRecords(Superintendent, null, records), new DateOnly(2026, 6, 1));

        Assert.True(standing.IsCompliant);
        Assert.False(standing.IsOverdue());
        Assert.Null(standing.Report!.OverdueFrom());
        Assert.Empty(standing.Pending());
    }

    [Fact]
    public void UnknownDesignation_HasNoRole_NothingPending_AndIsNotOverdue()
    {
        var standing = Evaluator.Evaluate(new OfficerRecords(Superintendent with { Designation = "Chief Wizard" }, null, []), new DateOnly(2026, 6, 1));

        Assert.True(standing.RoleUnknown());
        Assert.Empty(standing.Pending());
        Assert.False(standing.IsOverdue());
        Assert.False(standing.IsCompliant);
    }
}
