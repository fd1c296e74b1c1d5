using KarmayogiBot.Domain.Catalog;
using KarmayogiBot.Domain.Compliance;

namespace KarmayogiBot.Domain.Tests.Compliance;

public sealed class ComplianceEvaluatorTests
{
    private static readonly Cycle Plan = TestCatalog.Plan2025;
    private static readonly Role SuperintendentCgst = Plan.Roles.Single(r => r.Number == 8);
    private static readonly Role JcOther = Plan.Roles.Single(r => r.Number == 4);
    private static readonly Level GroupB = TestCatalog.Catalog.Levels.Single(l => l.Id == "group-b");
    private static readonly Level DsLevel = TestCatalog.Catalog.Levels.Single(l => l.Id == "ds-level");

    private static CourseRecord Done(string id) => new(id, CourseProgress.Completed, 100, new DateOnly(2026, 1, 10));

    private static IEnumerable<CourseRecord> AllDone(Role role) => role.Courses.Select(c => Done(c.Course.Id));

    [Fact]
    public void NothingDone_BeforeTheDeadline_IsPending_WithDaysLeft()
    {
        var report = ComplianceEvaluator.Evaluate(Plan, new(SuperintendentCgst, GroupB), [], new DateOnly(2026, 3, 20));
        Assert.Equal(6, report.Requirements.Count);
        Assert.All(report.Requirements, r => Assert.Equal(RequirementStatus.Pending, r.Status));
        Assert.Equal(11, report.DaysLeft);
        Assert.False(report.IsCompliant);
        Assert.Equal(7, report.PendingCount);
    }

    [Fact]
    public void LastDay_HasZeroDaysLeft_AndIsStillPending()
    {
        var report = ComplianceEvaluator.Evaluate(Plan, new(SuperintendentCgst, GroupB), [], new DateOnly(2026, 3, 31));
        Assert.Equal(0, report.DaysLeft);
        Assert.All(report.Requirements, r => Assert.Equal(RequirementStatus.Pending, r.Status));
    }

    [Fact]
    public void PartlyDone_AfterTheDeadline_IsOverdueForWhatRemains()
    {
        var records = new[] { Done("noting-and-drafting"), new CourseRecord("demands-cgst", CourseProgress.InProgress, 40, null) };
        var report = ComplianceEvaluator.Evaluate(Plan, new(SuperintendentCgst, GroupB), records, new DateOnly(2026, 4, 1));
        Assert.Equal(RequirementStatus.Done, report.Requirements.Single(r => r.Course.Id == "noting-and-drafting").Status);
        var demands = report.Requirements.Single(r => r.Course.Id == "demands-cgst");
        Assert.Equal(RequirementStatus.Overdue, demands.Status);
        Assert.Equal(CourseProgress.InProgress, demands.Progress);
        Assert.Equal(-1, report.DaysLeft);
        Assert.True(report.IsOverdue);
        Assert.Equal(RequirementStatus.Overdue, report.Assessment!.Status);
    }

    [Fact]
    public void AllSixDone_ButAssessmentNotPassed_IsNotCompliant()
    {
        var report = ComplianceEvaluator.Evaluate(Plan, new(SuperintendentCgst, GroupB), AllDone(SuperintendentCgst).ToList(), new DateOnly(2026, 3, 20));
        Assert.Empty(report.Outstanding);
        Assert.False(report.Assessment!.Passed);
        Assert.False(report.IsCompliant);
    }

    [Fact]
    public void AllSixDone_AndAssessmentPassed_IsCompliant()
    {
        var records = AllDone(SuperintendentCgst).Append(Done("comprehensive-assessment-2025-26")).ToList();
        var report = ComplianceEvaluator.Evaluate(Plan, new(SuperintendentCgst, GroupB), records, new DateOnly(2026, 3, 20));
        Assert.True(report.IsCompliant);
        Assert.Equal(0, report.PendingCount);
    }

    [Fact]
    public void JointCommissioner_MustAlsoCompleteTheViksitBharatCourse()
    {
        var records = AllDone(JcOther).Append(Done("comprehensive-assessment-2025-26")).ToList();
        var report = ComplianceEvaluator.Evaluate(Plan, new(JcOther, DsLevel), records, new DateOnly(2026, 3, 20));
        var viksit = Assert.Single(report.Outstanding);
        Assert.Equal("viksit-bharat", viksit.Course.Id);
        Assert.False(report.IsCompliant);
        Assert.True(ComplianceEvaluator.Evaluate(Plan, new(JcOther, DsLevel), [.. records, Done("viksit-bharat")], new DateOnly(2026, 3, 20)).IsCompliant);
    }

    [Fact]
    public void SpellingVariantsOfOneCourse_CountTheFurthestProgress()
    {
        var records = new[] { new CourseRecord("noting-and-drafting", CourseProgress.NotStarted, 0, null), Done("noting-and-drafting") };
        var report = ComplianceEvaluator.Evaluate(Plan, new(SuperintendentCgst, GroupB), records, new DateOnly(2026, 3, 20));
        Assert.Equal(RequirementStatus.Done, report.Requirements.Single(r => r.Course.Id == "noting-and-drafting").Status);
    }

    [Fact]
    public void Plan2024_TenBySeptember_IsMetOnlyByCoursesCompletedInTime()
    {
        var plan = TestCatalog.Catalog.FindCycle("2024-25")!;
        var domain = plan.DomainCourses.Take(10).Select((c, i) => new CourseRecord(c.Id, CourseProgress.Completed, 100, new DateOnly(2024, 9, 1).AddDays(i * 5))).ToList();
        var report = ComplianceEvaluator.Evaluate(plan, new(null, GroupB), domain, new DateOnly(2024, 10, 1), TestCatalog.Catalog);
        var phase1 = report.Targets.Single(t => t.Target.Id == "phase-1");
        Assert.Equal(6, phase1.Completed); // 1, 6, 11, ... 26 September; the rest in October
        Assert.Equal(RequirementStatus.Overdue, phase1.Status);
        Assert.Equal(4, phase1.Missing);
    }

    [Fact]
    public void Plan2024_TwentyCourses_NeedTheCompetencyMix()
    {
        var plan = TestCatalog.Catalog.FindCycle("2024-25")!;
        var twentyDomain = plan.DomainCourses.Take(20).Select(c => new CourseRecord(c.Id, CourseProgress.Completed, 100, new DateOnly(2024, 8, 1))).ToList();
        var phase2 = ComplianceEvaluator.Evaluate(plan, new(null, GroupB), twentyDomain, new DateOnly(2025, 3, 1), TestCatalog.Catalog).Targets.Single(t => t.Target.Id == "phase-2");
        Assert.Equal(20, phase2.Completed);
        Assert.Equal(RequirementStatus.Pending, phase2.Status);
        Assert.Equal(3, phase2.MissingByCompetency[Competency.Functional]);
        Assert.Equal(2, phase2.MissingByCompetency[Competency.Behavioural]);

        var mixed = twentyDomain.Take(15)
            .Concat(new[] { "negotiation", "genai-for-everyone", "noting-and-drafting" }.Select(Id))
            .Concat(new[] { "design-thinking", "time-management" }.Select(Id)).ToList();
        var met = ComplianceEvaluator.Evaluate(plan, new(null, GroupB), mixed, new DateOnly(2025, 3, 1), TestCatalog.Catalog).Targets.Single(t => t.Target.Id == "phase-2");
        Assert.Equal(RequirementStatus.Done, met.Status);

        static CourseRecord Id(string id) => new(id, CourseProgress.Completed, 100, new DateOnly(2024, 11, 1));
    }

    [Fact]
    public void Plan2024_MandatorySix_AreDueOn25April2024_AndConcernedOnesAreAdvisory()
    {
        var plan = TestCatalog.Catalog.FindCycle("2024-25")!;
        var report = ComplianceEvaluator.Evaluate(plan, new(null, GroupB), [], new DateOnly(2024, 4, 26), TestCatalog.Catalog);
        Assert.Equal(6, report.Outstanding.Count(r => r.Due == new DateOnly(2024, 4, 25) && r.Status == RequirementStatus.Overdue));
        Assert.Equal(2, report.Requirements.Count(r => r.Advisory));
    }
}
