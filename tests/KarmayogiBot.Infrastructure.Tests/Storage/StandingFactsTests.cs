using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using KarmayogiBot.Domain.Catalog;
using KarmayogiBot.Domain.Catalog.Loading;
using KarmayogiBot.Domain.Officers;
using KarmayogiBot.Domain.Reporting;
using KarmayogiBot.Infrastructure.Reports;
using KarmayogiBot.Infrastructure.Tests.Support;
using KarmayogiBot.Worker.Commands;

namespace KarmayogiBot.Infrastructure.Tests.Storage;

/// <summary>
/// Summaries from the stored standing facts (<see cref="ZoneFiguresService"/>) against the officer-by-officer judgement
/// (<see cref="ZoneSummaryService"/>): equal after imports, after a newer report, a roster change, a change by any other
/// writer and a catalog change, and on any day. Every test runs on SQLite and, when configured, on PostgreSQL.
/// </summary>
public sealed class StandingFactsTests
{
    private static readonly DateOnly AsOf = new(2026, 3, 20);

    private static readonly string[] AccountsCourses =
    [
        "Know Your Department - CBIC", "Modified Assured Career Progression Scheme (MACPS)", "Government E Marketplace", "Procurement of Goods and Services",
        "Responsible Data Management", "Cyber Security Basics",
    ];

    private const string AccountsAssessment = "Comprehensive Assessment for CAO, PAO, AO, TA and EA";

    public static TheoryData<string> Providers => StoreKind.All;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Figures_AfterImports_EqualTheOfficerByOfficerSummary(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await store.Roster.ImportAsync(ReportFiles.Roster(store.Folder.File("roster.csv")));
        await ImportMeenaAsync(store, "report.csv", [.. AccountsCourses, AccountsAssessment]);

        var (figures, defaulters) = await ReadAsync(store.Figures, OfficerScope.ForZone("Chennai CGST Zone"), AsOf);

        Assert.Equal(await OfficerByOfficerAsync(store, OfficerScope.ForZone("Chennai CGST Zone"), AsOf), Json(figures, defaulters));
        Assert.Equal((3, 1, 1, 1), (figures.Totals.Officers, figures.Totals.Compliant, figures.Totals.AssessmentPassed, figures.Totals.DesignationCorrect));
        Assert.Equal(["CB1", "CB2"], defaulters.Select(d => d.EmployeeCode));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Figures_AfterANewerReport_FollowTheNewProgress(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await store.Roster.ImportAsync(ReportFiles.Roster(store.Folder.File("roster.csv")));
        await ImportMeenaAsync(store, "first.csv", [.. AccountsCourses, AccountsAssessment], "2026-03-01 06:00:00");
        var before = await ReadAsync(store.Figures, OfficerScope.All, AsOf);

        var newer = ReportFiles.Write(store.Folder.File("newer.csv"), IgotHeaders.ConsumptionA1NoMdoid,
            [new Progress("meena.das@example.gov.in", "Government E Marketplace", "in-progress", "55.5", "", Reported: "2026-03-10 06:00:00")]);
        Assert.True((await store.Igot.ImportAsync(newer)).Committed);
        var (after, defaulters) = await ReadAsync(store.Figures, OfficerScope.All, AsOf);

        Assert.Equal(1, before.Figures.Totals.Compliant);
        Assert.Equal(0, after.Totals.Compliant);
        var meena = defaulters.Single(d => d.EmployeeCode == "CB3");
        Assert.Equal(("government-e-marketplace", 1, true), (meena.Pending, meena.PendingCount, meena.AssessmentPassed));
        Assert.Equal(await OfficerByOfficerAsync(store, OfficerScope.All, AsOf), Json(after, defaulters));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Figures_AfterARosterChangesADesignation_FollowTheNewRole(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await store.Roster.ImportAsync(ReportFiles.Roster(store.Folder.File("roster.csv")));
        var before = await ReadAsync(store.Figures, OfficerScope.All, AsOf);

        var promoted = ReportFiles.RosterRows.Select(r => r.Replace("Meena Das,Tax Assistant,", "Meena Das,Superintendent,", StringComparison.Ordinal)).ToArray();
        File.WriteAllLines(store.Folder.File("roster2.csv"), [ReportFiles.RosterHeader, .. promoted], new UTF8Encoding(false));
        Assert.True((await store.Roster.ImportAsync(store.Folder.File("roster2.csv"))).Committed);
        var (after, defaulters) = await ReadAsync(store.Figures, OfficerScope.All, AsOf);

        Assert.Equal(1, Role(before.Figures, "accounts"));
        Assert.Equal(0, Role(after, "accounts"));
        Assert.Equal(2, Role(after, "supdt-cgst"));
        Assert.Equal("supdt-cgst", defaulters.Single(d => d.EmployeeCode == "CB3").RoleId);
        Assert.Equal(await OfficerByOfficerAsync(store, OfficerScope.All, AsOf), Json(after, defaulters));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Figures_AfterAnotherWriterChangesAnOfficer_FollowTheChange(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var officer = new Officer("CB9", "Ravi Kumar", "Tax Assistant", "CGST Audit-I Chennai", "Chennai CGST Zone", Wing.Gst, "ravi@example.gov.in", null, ProductRole.Officer, null, null);
        await store.Officers.SaveAsync(officer);
        var before = await ReadAsync(store.Figures, OfficerScope.All, AsOf);

        await store.Officers.SaveAsync(officer with { Designation = "Deputy Commissioner" });
        var (after, defaulters) = await ReadAsync(store.Figures, OfficerScope.All, AsOf);

        Assert.Equal("accounts", Assert.Single(before.Defaulters).RoleId);
        Assert.Equal("dc-cgst", Assert.Single(defaulters).RoleId);
        Assert.Equal(await OfficerByOfficerAsync(store, OfficerScope.All, AsOf), Json(after, defaulters));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Figures_AfterAnotherWriterRenamesAndMovesAnOfficer_ListThemAsTheyAreNow(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var officer = new Officer("CB9", "Ravi Kumar", "Tax Assistant", "CGST Audit-I Chennai", "Chennai CGST Zone", Wing.Gst, "ravi@example.gov.in", null, ProductRole.Officer, null, null);
        await store.Officers.SaveAsync(officer);
        await ReadAsync(store.Figures, OfficerScope.All, AsOf);

        await store.Officers.SaveAsync(officer with { Name = "Ravi Kumar S", Zone = "Madurai CGST Zone" });
        var (inChennai, _) = await ReadAsync(store.Figures, OfficerScope.ForZone("Chennai CGST Zone"), AsOf);
        var (inMadurai, defaulters) = await ReadAsync(store.Figures, OfficerScope.ForZone("Madurai CGST Zone"), AsOf);

        Assert.Equal((0, 1), (inChennai.Totals.Officers, inMadurai.Totals.Officers));
        Assert.Equal("Ravi Kumar S", Assert.Single(defaulters).Name);
        Assert.Equal(await OfficerByOfficerAsync(store, OfficerScope.ForZone("Madurai CGST Zone"), AsOf), Json(inMadurai, defaulters));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Figures_OfAFormationWithoutDefaulters_ListNone(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await store.Roster.ImportAsync(ReportFiles.Roster(store.Folder.File("roster.csv")));
        await ImportMeenaAsync(store, "report.csv", [.. AccountsCourses, AccountsAssessment]);
        var audit = OfficerScope.ForFormation("CGST Audit-I Chennai");

        var (figures, defaulters) = await ReadAsync(store.Figures, audit, AsOf);

        Assert.Equal((1, 1), (figures.Totals.Officers, figures.Totals.Compliant));
        Assert.Empty(defaulters);
        Assert.Equal(await OfficerByOfficerAsync(store, audit, AsOf), Json(figures, defaulters));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Figures_UnderAChangedCatalog_AreJudgedByIt(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await store.Roster.ImportAsync(ReportFiles.Roster(store.Folder.File("roster.csv")));
        await ImportMeenaAsync(store, "report.csv", AccountsCourses); // every course, not the assessment
        var relaxed = CatalogLoader.Load(Directory.EnumerateFiles(CatalogLoader.DefaultDirectory, "*.yaml").Order(StringComparer.Ordinal).Select(path =>
            new CatalogFile(Path.GetFileName(path), File.ReadAllText(path).Replace("      mustPass: true", "      mustPass: false", StringComparison.Ordinal))));
        Assert.NotEqual(store.Catalog.Fingerprint, relaxed.Fingerprint);

        var strict = await ReadAsync(store.Figures, OfficerScope.All, AsOf);
        var (changed, changedDefaulters) = await ReadAsync(store.FiguresBy(relaxed), OfficerScope.All, AsOf);
        var back = await ReadAsync(store.Figures, OfficerScope.All, AsOf);

        Assert.Equal(0, strict.Figures.Totals.Compliant);
        Assert.Equal(1, changed.Totals.Compliant);
        Assert.DoesNotContain(changedDefaulters, d => d.EmployeeCode == "CB3");
        Assert.Equal(0, back.Figures.Totals.Compliant);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Figures_OnAnyDay_CountOverdueAndDaysLeftFromThatDay(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await store.Roster.ImportAsync(ReportFiles.Roster(store.Folder.File("roster.csv")));
        await ImportMeenaAsync(store, "report.csv", [.. AccountsCourses, AccountsAssessment]);

        foreach (var day in new[] { new DateOnly(2026, 3, 20), new DateOnly(2026, 3, 31), new DateOnly(2026, 4, 1), new DateOnly(2025, 12, 1) })
        {
            var (figures, defaulters) = await ReadAsync(store.Figures, OfficerScope.All, day);
            Assert.Equal(await OfficerByOfficerAsync(store, OfficerScope.All, day), Json(figures, defaulters));
            Assert.Equal(day > new DateOnly(2026, 3, 31) ? 2 : 0, figures.Totals.Overdue);
        }
    }

    [Fact]
    public void Fingerprint_OfTheCatalogFolder_IsTheLoadedCatalogs()
    {
        Assert.Equal(TestCatalog.Instance.Fingerprint, CatalogLoader.FingerprintDirectory(CatalogLoader.DefaultDirectory));
        Assert.Matches("^[0-9a-f]{64}$", TestCatalog.Instance.Fingerprint);
    }

    private static async Task ImportMeenaAsync(TestStore store, string file, string[] courses, string reported = "2026-03-20 06:42:00")
    {
        var report = ReportFiles.Write(store.Folder.File(file), IgotHeaders.ConsumptionA1NoMdoid,
            courses.Select(c => new Progress("meena.das@example.gov.in", c, Designation: "Tax Assistant", Reported: reported)));
        Assert.True((await store.Igot.ImportAsync(report)).Committed);
    }

    /// <summary>The figures and defaulters; and the JSON written from the facts read as text is asserted to be the same as from their rows.</summary>
    private static async Task<(ZoneFigures Figures, List<DefaulterRow> Defaulters)> ReadAsync(ZoneFiguresService figures, OfficerScope scope, DateOnly asOf)
    {
        await using var reading = await figures.OpenAsync(scope, asOf);
        Assert.NotNull(reading);
        var defaulters = reading.Defaulters().ToList();
        using var rendered = new MemoryStream();
        SummaryJsonWriter.Write(rendered, reading);
        Assert.Equal(Json(reading.Figures, defaulters), Encoding.UTF8.GetString(rendered.ToArray()));
        return (reading.Figures, defaulters);
    }

    private static async Task<string> OfficerByOfficerAsync(TestStore store, OfficerScope scope, DateOnly asOf)
    {
        var summary = await store.Summaries.SummarizeAsync(scope, asOf);
        return Json(ZoneFigures.From(summary), summary.Defaulters.Select(DefaulterRow.From));
    }

    private static string Json(ZoneFigures figures, IEnumerable<DefaulterRow> defaulters)
    {
        using var buffer = new MemoryStream();
        SummaryJsonWriter.Write(buffer, figures, defaulters);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static int Role(ZoneFigures figures, string roleId) => figures.ByRole.SingleOrDefault(r => r.Key == roleId)?.Counts.Officers ?? 0;
}
