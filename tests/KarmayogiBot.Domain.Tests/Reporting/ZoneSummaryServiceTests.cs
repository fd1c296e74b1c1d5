using KarmayogiBot.Domain.Catalog;
using KarmayogiBot.Domain.Compliance;
using KarmayogiBot.Domain.Officers;
using KarmayogiBot.Domain.Reporting;

namespace KarmayogiBot.Domain.Tests.Reporting;

/// <summary>A zone's figures judged officer by officer: grouped, ordered and counted by the standing rules.</summary>
public sealed class ZoneSummaryServiceTests
{
    private static readonly DateOnly BeforeTheDeadline = new(2026, 3, 20);
    private static readonly DateOnly AfterTheDeadline = new(2026, 4, 1);
    private static readonly StandingEvaluator Evaluator = new(TestCatalog.Catalog);

    [Fact]
    public async Task Summary_GroupsFormationsIgnoringCase_NamedAsTheLowestEmployeeCodeWritesThem()
    {
        var summary = await SummarizeAsync(BeforeTheDeadline);

        Assert.Equal(["(no formation)", "cgst audit-i chennai", "CGST Chennai North Commissionerate"], summary.ByFormation.Select(f => f.Name));
        Assert.Equal(["", "cgst audit-i chennai", "CGST Chennai North Commissionerate"], summary.ByFormation.Select(f => f.Key));
        Assert.Equal([1, 2, 1], summary.ByFormation.Select(f => f.Counts.Officers));
    }

    [Fact]
    public async Task Summary_ListsRolesInThePlansOrder_TheUnknownRoleLast()
    {
        var summary = await SummarizeAsync(BeforeTheDeadline);

        var planOrder = TestCatalog.Plan2025.Roles.Select(r => r.Id).Where(id => id is "accounts" or "supdt-cgst").ToList();
        Assert.Equal([.. planOrder, ZoneTally.UnknownRoleKey], summary.ByRole.Select(r => r.Key));
        Assert.Equal(ZoneTally.UnknownRoleName, summary.ByRole[^1].Name);
        Assert.Equal(TestCatalog.Plan2025.Roles.Single(r => r.Id == "accounts").Name, summary.ByRole.Single(r => r.Key == "accounts").Name);
        Assert.Equal(new SummaryCounts(2, 1, 1, 1, 0, 0, Registered: 2), summary.ByRole.Single(r => r.Key == "accounts").Counts);
    }

    [Fact]
    public async Task Totals_CountCompliantAssessmentDesignationAndUnknownRole()
    {
        var summary = await SummarizeAsync(BeforeTheDeadline);

        Assert.Equal(new SummaryCounts(4, 1, 1, 1, 0, 1, Registered: 2), summary.Totals);
        Assert.Equal(3, summary.Totals.NotCompliant);
        Assert.Equal(["A1", "B2", "D1"], summary.Defaulters.Select(d => d.Officer.Officer.EmployeeCode).Order(StringComparer.Ordinal));
        Assert.Equal(11, summary.DaysLeft);
    }

    [Fact]
    public async Task Totals_AfterTheDeadline_CountTheOfficersWithARoleAndSomethingLeftAsOverdue()
    {
        var summary = await SummarizeAsync(AfterTheDeadline);

        Assert.Equal(2, summary.Totals.Overdue); // the officer without a role is not judged, so not overdue
        Assert.Equal(-1, summary.DaysLeft);
    }

    [Theory]
    [InlineData("2026-03-20")]
    [InlineData("2026-03-31")]
    [InlineData("2026-04-01")]
    public async Task Tally_OfCellsCountedElsewhere_EqualsTheTallyOfEachOfficer(string day)
    {
        var asOf = DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture);
        var summary = await SummarizeAsync(asOf);

        // What a store that keeps each officer's facts adds up: (formation as written, role) cells with their lowest code.
        var cells = new ZoneTally(summary.Cycle.Id, summary.Cycle.Title, summary.Cycle.Deadline, summary.Cycle.Roles.Select(r => new PlanRole(r.Id, r.Name)).ToList());
        foreach (var cell in summary.Officers.GroupBy(s => (s.Officer.Officer.Formation, s.Role?.Id)))
        {
            var officers = cell.ToList();
            cells.Add(cell.Key.Formation, cell.Key.Id, officers.Select(o => o.Officer.Officer.EmployeeCode).Min(StringComparer.Ordinal)!, new SummaryCounts(
                officers.Count, officers.Count(o => o.IsCompliant), officers.Count(o => o.AssessmentPassed), officers.Count(o => o.DesignationCorrect),
                officers.Count(o => o.Report?.OverdueFrom() is { } from && asOf >= from), officers.Count(o => o.RoleUnknown()), officers.Count(o => o.Officer.Profile is not null)));
        }

        var fromCells = cells.Figures(OfficerScope.All, asOf);
        Assert.Equal(summary.Totals, fromCells.Totals);
        Assert.Equal(summary.ByFormation, fromCells.ByFormation);
        Assert.Equal(summary.ByRole, fromCells.ByRole);
    }

    private static Task<ZoneSummary> SummarizeAsync(DateOnly asOf) =>
        new ZoneSummaryService(new ListedOfficers(Zone()), Evaluator).SummarizeAsync(OfficerScope.All, asOf);

    /// <summary>
    /// B1 (accounts, everything done, the iGOT designation right), A1 (the same formation spelt in lower case, nothing done),
    /// B2 (a Superintendent in CGST, nothing done) and D1 (a designation no plan knows, no formation); out of order.
    /// </summary>
    private static List<OfficerRecords> Zone()
    {
        var everythingDone = TestCatalog.Catalog.Courses
            .Select(c => new StoredCourseRecord(new CourseRecord(c.Id, CourseProgress.Completed, 100, new DateOnly(2026, 1, 10)), null, "report.csv", default))
            .ToList();
        var b1 = Officer("B1", "Tax Assistant", "CGST Audit-I Chennai");
        var expected = Evaluator.Evaluate(new OfficerRecords(b1, null, []), BeforeTheDeadline).ExpectedIgotDesignations[0];
        return
        [
            new(b1, new IgotProfile(expected, null, null, default), everythingDone),
            new(Officer("B2", "Superintendent", "CGST Chennai North Commissionerate", Wing.Gst), null, []),
            new(Officer("D1", "Chief Wizard", null), null, []),
            new(Officer("A1", "tax assistant", "cgst audit-i chennai"), new IgotProfile("Inspector", null, null, default), []),
        ];
    }

    private static Officer Officer(string code, string designation, string? formation, Wing? wing = null) =>
        new(code, $"Officer {code}", designation, formation, "Chennai CGST Zone", wing, null, null, ProductRole.Officer, null, null);

    /// <summary>A store of a few officers in memory.</summary>
    private sealed class ListedOfficers(IReadOnlyList<OfficerRecords> officers) : IZoneRecordStore
    {
        public Task<IReadOnlyList<OfficerRecords>> ReadAsync(OfficerScope scope, bool withCompletionDays, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<OfficerRecords>>(officers
                .Where(o => scope.Zone is null || string.Equals(o.Officer.Zone, scope.Zone, StringComparison.OrdinalIgnoreCase))
                .Where(o => scope.Formation is null || string.Equals(o.Officer.Formation, scope.Formation, StringComparison.OrdinalIgnoreCase))
                .ToList());
    }
}
