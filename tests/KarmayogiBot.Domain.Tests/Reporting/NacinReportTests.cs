using KarmayogiBot.Domain.Compliance;
using KarmayogiBot.Domain.Officers;
using KarmayogiBot.Domain.Reporting;

namespace KarmayogiBot.Domain.Tests.Reporting;

/// <summary>The NACIN report's rows and totals: who completed which of the plan's courses in the fortnight, zone by zone.</summary>
public sealed class NacinReportTests
{
    private static readonly DateOnly ReportDay = new(2026, 3, 16); // covers 01.03–15.03
    private static readonly StandingEvaluator Evaluator = new(TestCatalog.Catalog);
    private static readonly IReadOnlyList<KarmayogiBot.Domain.Catalog.RoleCourse> Courses = TestCatalog.Plan2025.FindRole("accounts")!.Courses;

    [Fact]
    public void From_AZone_RowsAreTheOfficersWithAPlanCourseCompletedInThePeriod_WithTheirCoursesByDay()
    {
        var report = NacinReport.From(Summarize(OfficerScope.ForZone("Chennai CGST Zone")));

        Assert.Equal(new FortnightlyPeriod(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 15)), report.Period);
        Assert.Equal(["C1", "C3"], report.Rows.Select(r => r.Officer.EmployeeCode));
        var c1 = report.Rows[0].Courses;
        Assert.Equal([(Courses[1].Course.Id, new DateOnly(2026, 3, 1)), (Courses[0].Course.Id, new DateOnly(2026, 3, 15))], c1.Select(c => (c.Course.Id, c.CompletedOn)));
        Assert.Equal([Courses[2].Course.Id], report.Rows[1].Courses.Select(c => c.Course.Id));
        Assert.Equal(new NacinTotals("Chennai CGST Zone", 4, 3, 0, 2, 3), report.Total);
        Assert.Equal([report.Total], report.Zones);
    }

    [Fact]
    public void From_AllZones_HasALinePerZone_AndAllZonesAddsThemUp()
    {
        var report = NacinReport.From(Summarize(OfficerScope.All));

        Assert.Equal(["C1", "C3", "M1"], report.Rows.Select(r => r.Officer.EmployeeCode));
        Assert.Equal(
            [new NacinTotals("Chennai CGST Zone", 4, 3, 0, 2, 3), new NacinTotals("Mumbai CGST Zone", 1, 1, 0, 1, 1)],
            report.Zones);
        Assert.Equal(new NacinTotals(NacinReport.AllZones, 5, 4, 0, 3, 4), report.Total);
    }

    /// <summary>
    /// Chennai: C1 (two courses in the period, one on each end, one on 16.03 after it); C2 (one on 29.02 before it, and the
    /// same course again in it: the first completion counts); C3 (one in it); D1 (a designation no plan knows: no plan
    /// courses, so no row). Mumbai: M1 (one in it).
    /// </summary>
    private static ZoneSummary Summarize(OfficerScope scope)
    {
        List<OfficerRecords> officers =
        [
            Records(Officer("C1", "Tax Assistant", "Chennai CGST Zone"), (0, "2026-03-15"), (1, "2026-03-01"), (2, "2026-03-16")),
            Records(Officer("C2", "Tax Assistant", "Chennai CGST Zone"), (0, "2026-02-28"), (0, "2026-03-05")),
            Records(Officer("C3", "Tax Assistant", "Chennai CGST Zone"), (2, "2026-03-10")),
            new(Officer("D1", "Chief Wizard", "Chennai CGST Zone"), null, []),
            Records(Officer("M1", "Tax Assistant", "Mumbai CGST Zone"), (3, "2026-03-02")),
        ];
        var chosen = officers.Where(o => scope.Zone is null || o.Officer.Zone == scope.Zone).ToList();
        return new ZoneSummaryService(new NoStore(), Evaluator).Summarize(scope, chosen, ReportDay);
    }

    private static OfficerRecords Records(Officer officer, params (int Course, string Day)[] completed) => new(
        officer,
        new IgotProfile("Tax Assistant", null, null, default),
        completed.Select(c => new StoredCourseRecord(
            new CourseRecord(Courses[c.Course].Course.Id, CourseProgress.Completed, 100, DateOnly.Parse(c.Day, System.Globalization.CultureInfo.InvariantCulture)), null, "ConsumptionReport.csv", default)).ToList());

    private static Officer Officer(string code, string designation, string zone) =>
        new(code, $"Officer {code}", designation, "CGST Audit-I", zone, null, null, null, ProductRole.Officer, null, null);

    private sealed class NoStore : IZoneRecordStore
    {
        public Task<IReadOnlyList<OfficerRecords>> ReadAsync(OfficerScope scope, bool withCompletionDays, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("Officers are handed in.");
    }
}
