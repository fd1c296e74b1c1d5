using KarmayogiBot.Domain.Catalog;
using KarmayogiBot.Domain.Officers;
using KarmayogiBot.Infrastructure.Exports;
using KarmayogiBot.Infrastructure.Imports;
using KarmayogiBot.Infrastructure.Reports;
using Microsoft.Extensions.Options;
using KarmayogiBot.Infrastructure.Tests.Support;

namespace KarmayogiBot.Infrastructure.Tests.Imports;

public sealed class RosterImportTests : IAsyncLifetime
{
    private TestStore _store = null!;

    public async Task InitializeAsync() => _store = await TestStore.CreateAsync();

    public async Task DisposeAsync() => await _store.DisposeAsync();

    [Fact]
    public async Task ImportAsync_CircularsHeaders_StoresOfficersWithWingAndRole()
    {
        var outcome = await _store.Roster.ImportAsync(ReportFiles.Roster(_store.Folder.File("roster.csv")));

        Assert.True(outcome.Committed, string.Join("\n", outcome.Problems));
        Assert.Equal(new ImportCounts(3, 0, 0, 3, 0, 0, 0, 0), outcome.Files[0].Counts);
        var vijay = await _store.Officers.FindByEmailAsync("VIJAY.IYER@example.gov.in");
        Assert.Equal(
            new Officer("CB2", "Vijay Iyer", "Assistant Commissioner", "Chennai Customs (Seaport)", "Chennai CGST Zone", Wing.Customs,
                "Vijay.Iyer@Example.gov.in", "+91 90000 00002", ProductRole.Nodal, null, null),
            vijay);
        Assert.Equal(Wing.Gst, (await _store.Officers.FindByEmployeeCodeAsync("CB3"))!.Wing);
    }

    [Fact]
    public async Task ImportAsync_PlainHeadersInAnyCase_StoresOfficers()
    {
        var file = _store.Folder.File("roster.csv");
        File.WriteAllLines(file,
        [
            "EMPLOYEE_CODE,name,Designation,formation,ZONE,email id,Mobile No",
            "E-1,Ravi Kumar,Inspector,DGGI Chennai Zonal Unit,Chennai CGST Zone,ravi@example.gov.in,9111111111",
        ]);

        var outcome = await _store.Roster.ImportAsync(file);

        Assert.True(outcome.Committed, string.Join("\n", outcome.Problems));
        var ravi = await _store.Officers.FindByEmployeeCodeAsync("E-1");
        Assert.Equal(("Inspector", Wing.Gst, ProductRole.Officer, "9111111111"), (ravi!.Designation, ravi.Wing, ravi.Role, ravi.Mobile));
    }

    [Fact]
    public async Task ImportAsync_RosterWithoutReportingOfficerColumn_KeepsTheStoredOne()
    {
        var first = _store.Folder.File("roster.csv");
        File.WriteAllLines(first,
        [
            "Employee Code,Name,Designation,Email,Reports To",
            "E-1,Ravi Kumar,Superintendent,ravi@example.gov.in,",
            "E-2,Lata Rao,Inspector,lata@example.gov.in,E-1",
        ]);
        var second = _store.Folder.File("roster-next.csv");
        File.WriteAllLines(second,
        [
            "Employee Code,Name,Designation,Email",
            "E-1,Ravi Kumar,Superintendent,ravi@example.gov.in",
            "E-2,Lata Rao,Inspector,lata@example.gov.in",
        ]);

        Assert.True((await _store.Roster.ImportAsync(first)).Committed);
        var outcome = await _store.Roster.ImportAsync(second);

        Assert.True(outcome.Committed, string.Join("\n", outcome.Problems));
        Assert.Equal(2, outcome.Files[0].Counts.Unchanged);
        Assert.Equal("E-1", (await _store.Officers.FindByEmployeeCodeAsync("E-2"))!.ReportsTo);
    }

    [Fact]
    public async Task ImportAsync_OfficerReportingToThemselves_IsRejectedAndNothingChanges()
    {
        var file = _store.Folder.File("roster.csv");
        File.WriteAllLines(file,
        [
            "Employee Code,Name,Designation,Email,Reporting Officer",
            "E-1,Ravi Kumar,Superintendent,ravi@example.gov.in,",
            "E-2,Lata Rao,Inspector,lata@example.gov.in,e-2",
        ]);

        var outcome = await _store.Roster.ImportAsync(file);

        Assert.False(outcome.Committed);
        Assert.Contains(outcome.Problems, p => p.Row == 3 && p.Reason == "officer E-2 cannot be their own reporting officer");
        Assert.Null(await _store.Officers.FindByEmployeeCodeAsync("E-1"));
    }

    [Fact]
    public async Task ImportAsync_WorkbookWithTitleRow_ReadsTheTableBelow()
    {
        var file = Workbooks.Write(_store.Folder.File("roster.xlsx"),
        [
            ["Annexure: officers of Chennai CGST Zone"],
            ["Sl. No", "Employee ID", "Name of the Officer", "Designation", "Formation", "Zone", "Email ID", "Contact Number"],
            ["1", "CB9", "Uma Pillai", "Examiner", "Chennai Customs (Airport)", "Chennai CGST Zone", "uma.pillai@example.gov.in", "9222222222"],
        ]);

        var outcome = await _store.Roster.ImportAsync(file);

        Assert.True(outcome.Committed, string.Join("\n", outcome.Problems));
        var uma = await _store.Officers.FindByEmailAsync("uma.pillai@example.gov.in");
        Assert.Equal(("CB9", "9222222222", Wing.Customs), (uma!.EmployeeCode, uma.Mobile, uma.Wing));
    }

    [Fact]
    public async Task ImportAsync_ProblemRows_NameEachAndChangeNothing()
    {
        var file = ReportFiles.Roster(_store.Folder.File("roster.csv"),
            "4,CB1,Asha Again,Inspector,CGST Chennai North Commissionerate,Chennai CGST Zone,other@example.gov.in,9000000009,Officer,",
            "5,CB5,Kavita Shah,Inspector,CGST Chennai North Commissionerate,Chennai CGST Zone,ASHA.RAO@example.gov.in,9000000005,Officer,",
            "6,CB6,Kavita Shah,Inspector,CGST Chennai North Commissionerate,Chennai CGST Zone,kavita@example.gov.in,9000000006,Boss,",
            "7,,No Code,Inspector,CGST Chennai North Commissionerate,Chennai CGST Zone,nocode@example.gov.in,9000000007,Officer,",
            "3,CB3,Meena Das,Tax Assistant,CGST Audit-I Chennai,Chennai CGST Zone,meena.das@example.gov.in,9000000003,Officer,");

        var outcome = await _store.Roster.ImportAsync(file);

        Assert.False(outcome.Committed);
        Assert.Equal(
        [
            (5, "employee code CB1 is also on row 2"),
            (6, "the same e-mail address is also on row 2"),
            (7, "role 'Boss' is not Officer, Nodal or Admin"),
            (8, "no employee code"),
            (9, "duplicate of row 4"),
            (2, "employee code CB1 is also on row 5: neither row is imported"),
        ], outcome.Problems.Select(p => (p.Row, p.Reason)));
        Assert.Equal("roster.csv, row 6 (employee code CB5): the same e-mail address is also on row 2", outcome.Problems.ElementAt(1).ToString());
        Assert.Equal("roster.csv, row 8: no employee code", outcome.Problems.ElementAt(3).ToString());
        Assert.Equal(0, await _store.CountAsync("officers"));
    }

    [Fact]
    public async Task ImportAsync_NulAndVerticalTabInCells_ImportsTheRowsCleanedWithAWarningAndEveryWorkbookWrites()
    {
        var file = ReportFiles.Roster(_store.Folder.File("roster.csv"),
            "4,CB4,Ravi\0 Kumar,Inspec\vtor,CGST Chennai North Commissionerate\v,Chennai CGST Zone,ravi@example.gov.in,9000000004,Officer,",
            "5,CB5,Kavita Shah\u0085,Inspector,CGST Chennai North Commissionerate,Chennai CGST Zone,kavita@example.gov.in,90000\u000000005,Officer,");

        var outcome = await _store.Roster.ImportAsync(file);

        Assert.True(outcome.Committed, string.Join("\n", outcome.Problems));
        Assert.Empty(outcome.Problems);
        Assert.Equal(
        [
            "roster.csv, row 5: control characters (such as NUL or vertical tab) removed from columns 'Name of the Officer', 'Designation', 'Formation'; the row is imported without them",
            "roster.csv, row 6: control characters (such as NUL or vertical tab) removed from columns 'Name of the Officer', 'Contact Number'; the row is imported without them",
        ], outcome.Warnings.Select(w => w.ToString()));
        Assert.Equal(2, outcome.Files[0].WarningCount);
        var ravi = (await _store.Officers.FindByEmployeeCodeAsync("CB4"))!;
        Assert.Equal(("Ravi Kumar", "Inspector", "CGST Chennai North Commissionerate", Wing.Gst), (ravi.Name, ravi.Designation, ravi.Formation, ravi.Wing));
        Assert.Equal(("Kavita Shah", "9000000005"), ((await _store.Officers.FindByEmployeeCodeAsync("CB5"))!.Name, (await _store.Officers.FindByEmployeeCodeAsync("CB5"))!.Mobile));

        var summary = await _store.Summaries.SummarizeAsync(OfficerScope.ForZone("Chennai CGST Zone"), new DateOnly(2026, 3, 20));
        var workbook = _store.Folder.File("summary.xlsx");
        SummaryWorkbook.Write(summary, workbook);
        Assert.Contains(Workbooks.Read(workbook)["Defaulters"], row => row.Contains("Ravi Kumar") && row.Contains("Inspector"));
        var links = new ExportLinks(Options.Create(new ExportOptions { BaseUrl = "https://bot.example.gov.in/", Folder = _store.Folder.File("exports") }), _store.Clock);
        var link = new WorkbookExports(links).Export(summary);
        var query = System.Web.HttpUtility.ParseQueryString(link.Query);
        Assert.Contains(Workbooks.Read(links.Resolve(link.Segments[^1], query["expires"], query["sig"])!)["Defaulters"], row => row.Contains("Kavita Shah"));
    }

    [Fact]
    public async Task ImportAsync_AcceptPartialWithOneCodeOnTwoRows_RejectsBothAndNeverRenamesTheOfficer()
    {
        await _store.Roster.ImportAsync(ReportFiles.Roster(_store.Folder.File("roster.csv")));
        var file = _store.Folder.File("roster2.csv");
        File.WriteAllLines(file,
        [
            ReportFiles.RosterHeader,
            "1,CB1,Kavita Shah,Inspector,CGST Chennai North Commissionerate,Chennai CGST Zone,kavita@example.gov.in,9000000005,Officer,",
            "2,CB4,Ravi Kumar,Inspector,CGST Chennai North Commissionerate,Chennai CGST Zone,ravi@example.gov.in,9000000004,Officer,",
            "3,CB1,Asha Rao,Superintendent,CGST Chennai North Commissionerate,Chennai CGST Zone,asha.rao@example.gov.in,9000000001,Officer,",
            "4,CB1,Asha R.,Superintendent,CGST Chennai North Commissionerate,Chennai CGST Zone,asha.r@example.gov.in,9000000001,Officer,",
            .. ReportFiles.RosterRows[1..],
        ]);
        var rejects = _store.Folder.File("rejected.csv");

        var outcome = await _store.Roster.ImportAsync(file, new ImportOptions(AcceptPartial: true, RejectsPath: rejects));

        Assert.True(outcome.Committed);
        Assert.Equal(
        [
            "roster2.csv, row 4 (employee code CB1): employee code CB1 is also on row 2",
            "roster2.csv, row 5 (employee code CB1): employee code CB1 is also on row 2",
            "roster2.csv, row 2 (employee code CB1): employee code CB1 is also on rows 4, 5: neither row is imported",
        ], outcome.Problems.Select(p => p.ToString()));
        Assert.Equal(new ImportCounts(6, 2, 0, 1, 0, 2, 3, 0), outcome.Files[0].Counts);
        Assert.Equal(("Asha Rao", "Superintendent"), ((await _store.Officers.FindByEmployeeCodeAsync("CB1"))!.Name, (await _store.Officers.FindByEmployeeCodeAsync("CB1"))!.Designation));
        Assert.Equal("Ravi Kumar", (await _store.Officers.FindByEmployeeCodeAsync("CB4"))!.Name);
        Assert.Contains(File.ReadAllLines(rejects), l => l.StartsWith("roster2.csv,2,", StringComparison.Ordinal) && l.Contains("Kavita Shah", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ImportAsync_DesignationThePlanDoesNotKnow_ImportsTheOfficerWithRoleUnknownAndWarnsWithTheNearest()
    {
        var file = ReportFiles.Roster(_store.Folder.File("roster.csv"),
            "4,CB4,Ravi Kumar,Zamindar,CGST Chennai North Commissionerate,Chennai CGST Zone,ravi@example.gov.in,9000000004,Officer,",
            "5,CB5,Uma Pillai,Superintendant,CGST Chennai North Commissionerate,Chennai CGST Zone,uma@example.gov.in,9000000005,Officer,");

        var outcome = await _store.Roster.ImportAsync(file);

        Assert.True(outcome.Committed, string.Join("\n", outcome.Problems));
        var warning = Assert.Single(outcome.Warnings);
        Assert.Equal((5, "CB4"), (warning.Row, warning.EmployeeCode));
        Assert.Equal("designation 'Zamindar' is not one the training plan knows (nearest: Examiner, Chemical Examiner); imported with role not known", warning.Reason);
        Assert.Equal("Zamindar", (await _store.Officers.FindByEmployeeCodeAsync("CB4"))!.Designation);
        var summary = await _store.Summaries.SummarizeAsync(OfficerScope.ForZone("Chennai CGST Zone"), new DateOnly(2026, 3, 20));
        Assert.Equal((5, 1), (summary.Totals.Officers, summary.Totals.UnknownRole));
        Assert.Contains(summary.ByRole, g => g.Counts.Officers == 1 && g.Counts.UnknownRole == 1);
    }

    [Fact]
    public async Task ImportAsync_SameRosterTwice_ChangesNothingAndKeepsTeamsIdentity()
    {
        var file = ReportFiles.Roster(_store.Folder.File("roster.csv"));
        await _store.Roster.ImportAsync(file);
        Assert.True(await _store.Officers.LinkTeamsIdentityAsync("CB1", "aad-1", "29:teams-1"));
        var before = await _store.SnapshotAsync();

        var again = await _store.Roster.ImportAsync(file);

        Assert.Equal(new ImportCounts(3, 3, 0, 0, 0, 3, 0, 0), again.Files[0].Counts);
        Assert.Equal(before, await _store.SnapshotAsync());
    }

    [Fact]
    public async Task ImportAsync_ChangedDesignation_UpdatesOnlyThatOfficer()
    {
        await _store.Roster.ImportAsync(ReportFiles.Roster(_store.Folder.File("roster.csv")));
        var changed = _store.Folder.File("roster2.csv");
        File.WriteAllLines(changed, [ReportFiles.RosterHeader, .. ReportFiles.RosterRows.Select(r => r.Replace("Tax Assistant", "Executive Assistant", StringComparison.Ordinal))]);

        var outcome = await _store.Roster.ImportAsync(changed);

        Assert.Equal((0, 1, 2), (outcome.Files[0].Counts.Added, outcome.Files[0].Counts.Updated, outcome.Files[0].Counts.Unchanged));
        Assert.Equal("Executive Assistant", (await _store.Officers.FindByEmployeeCodeAsync("CB3"))!.Designation);
    }

    [Fact]
    public async Task ImportAsync_NoEmployeeCodeColumn_IsRefusedWholly()
    {
        var file = _store.Folder.File("roster.csv");
        File.WriteAllLines(file, ["Name,Designation,Email", "Asha Rao,Superintendent,asha@example.gov.in"]);

        var outcome = await _store.Roster.ImportAsync(file, new ImportOptions(AcceptPartial: true));

        Assert.False(outcome.Committed);
        Assert.Equal("required column missing: Employee Code", Assert.Single(outcome.Problems).Reason);
    }
}
