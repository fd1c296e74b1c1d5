using KarmayogiBot.Domain.Catalog;
using KarmayogiBot.Domain.Compliance;
using KarmayogiBot.Domain.Conversations;
using KarmayogiBot.Domain.Officers;
using KarmayogiBot.Infrastructure.Imports;
using KarmayogiBot.Infrastructure.Storage;
using KarmayogiBot.Infrastructure.Storage.Migrations;
using KarmayogiBot.Infrastructure.Tests.Support;

namespace KarmayogiBot.Infrastructure.Tests.Storage;

/// <summary>The storage suite: every test runs on SQLite and, when configured, on PostgreSQL.</summary>
public sealed class StoreContractTests
{
    public static TheoryData<string> Providers => StoreKind.All;

    private static Officer Officer(string code, string email, string zone = "Chennai CGST Zone", string formation = "CGST Chennai North Commissionerate") =>
        new(code, $"Officer {code}", "Superintendent", formation, zone, Wing.Gst, email, "9000000000", ProductRole.Officer, null, null);

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task MigrateAsync_NewDatabase_CreatesSchemaAtLatestVersionOnce(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);

        await store.Database.MigrateAsync();
        using var another = store.OpenAnother();
        await Task.WhenAll(another.MigrateAsync(), store.OpenAnother().MigrateAsync());

        Assert.Equal(SchemaMigrations.Store.LatestVersion, await store.Database.GetSchemaVersionAsync());
        Assert.Equal(SchemaMigrations.Store.For(store.Database.Provider).Count, await store.CountAsync("schema_version"));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task MigrateAsync_DatabaseNewerThanProgram_RefusesWithClearMessage(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await using (var connection = await store.Database.OpenAsync())
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "INSERT INTO schema_version (version, description, applied_at) VALUES (999, 'future', 'now')";
            await command.ExecuteNonQueryAsync();
        }

        using var newer = store.OpenAnother();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => newer.MigrateAsync());
        Assert.Contains("schema version 999", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task OfficerStore_SaveAndFind_ByEmailCaseInsensitiveByAadAndByCode(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await store.Officers.SaveAsync(Officer("CB1", "Asha.Rao@Example.gov.in"));
        await store.Officers.SaveAsync(Officer("CB2", "vijay@example.gov.in"));

        Assert.True(await store.Officers.LinkTeamsIdentityAsync("CB1", "aad-object-1", "29:teams-1"));
        Assert.False(await store.Officers.LinkTeamsIdentityAsync("NOPE", "aad", "29:x"));

        var byEmail = await store.Officers.FindByEmailAsync(" asha.rao@EXAMPLE.gov.in ");
        Assert.Equal(("CB1", "aad-object-1", "29:teams-1"), (byEmail!.EmployeeCode, byEmail.AadObjectId, byEmail.TeamsUserId));
        Assert.Equal("CB1", (await store.Officers.FindByAadObjectIdAsync("aad-object-1"))!.EmployeeCode);
        Assert.Equal("vijay@example.gov.in", (await store.Officers.FindByEmployeeCodeAsync("CB2"))!.Email);
        Assert.Null(await store.Officers.FindByEmailAsync("nobody@example.gov.in"));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task OfficerStore_SaveExisting_ReplacesIt(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await store.Officers.SaveAsync(Officer("CB1", "asha@example.gov.in"));

        await store.Officers.SaveAsync(Officer("CB1", "asha@example.gov.in") with { Designation = "Inspector", Role = ProductRole.Admin });

        var all = await store.Officers.ListAsync(OfficerScope.All);
        Assert.Equal(("Inspector", ProductRole.Admin), (Assert.Single(all).Designation, all[0].Role));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task OfficerStore_ListByZoneOrFormation_MatchesCaseInsensitively(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await store.Officers.SaveAsync(Officer("CB2", "b@example.gov.in"));
        await store.Officers.SaveAsync(Officer("CB1", "a@example.gov.in", formation: "DGGI Chennai Zonal Unit"));
        await store.Officers.SaveAsync(Officer("MB1", "m@example.gov.in", zone: "Mumbai Customs Zone-I"));

        var chennai = await store.Officers.ListAsync(OfficerScope.ForZone("chennai cgst  zone"));
        var dggi = await store.Officers.ListAsync(OfficerScope.ForFormation("DGGI CHENNAI ZONAL UNIT"));

        Assert.Equal(["CB1", "CB2"], chennai.Select(o => o.EmployeeCode));
        Assert.Equal(["CB1"], dggi.Select(o => o.EmployeeCode));
        Assert.Equal(3, (await store.Officers.ListAsync(OfficerScope.All)).Count);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Roster_ReportingOfficerColumn_GivesEachReportingOfficerTheirDirectReportsOnly(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var file = store.Folder.File("roster.csv");
        File.WriteAllLines(file,
        [
            "Employee Code,Name,Designation,Formation,Zone,Email,Reporting Officer",
            "CB1,Asha Rao,Deputy Commissioner,CGST Chennai North Commissionerate,Chennai CGST Zone,a@example.gov.in,",
            "CB2,Vijay Iyer,Superintendent,CGST Chennai North Commissionerate,Chennai CGST Zone,b@example.gov.in,cb1",
            "CB4,Uma Pillai,Inspector,CGST Chennai North Commissionerate,Chennai CGST Zone,d@example.gov.in, CB2 ",
            "CB3,Meena Das,Inspector,CGST Chennai North Commissionerate,Chennai CGST Zone,c@example.gov.in,CB2",
        ]);

        var outcome = await store.Roster.ImportAsync(file);

        Assert.True(outcome.Committed, string.Join("\n", outcome.Problems));
        Assert.Equal(["CB2"], (await store.Records.ListReportsAsync("CB1")).Select(r => r.Officer.EmployeeCode));
        Assert.Equal(["CB3", "CB4"], (await store.Records.ListReportsAsync(" cb2")).Select(r => r.Officer.EmployeeCode));
        Assert.Empty(await store.Records.ListReportsAsync("CB3"));
        Assert.Equal(("cb1", null), ((await store.Officers.FindByEmployeeCodeAsync("CB2"))!.ReportsTo, (await store.Officers.FindByEmployeeCodeAsync("CB1"))!.ReportsTo));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task ConversationStore_SaveReplaceListDelete_KeepsOnePerOfficer(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await store.Officers.SaveAsync(Officer("CB1", "a@example.gov.in"));
        await store.Officers.SaveAsync(Officer("MB1", "m@example.gov.in", zone: "Mumbai Customs Zone-I"));
        var at = new DateTimeOffset(2026, 3, 20, 10, 0, 0, TimeSpan.FromHours(5.5));
        var first = new StoredConversationReference("CB1", "a:1", "https://smba.trafficmanager.net/in/", "tenant", "29:u", "28:bot", "msteams", at);

        Assert.True(await store.Conversations.SaveAsync(first));
        Assert.True(await store.Conversations.SaveAsync(first with { ConversationId = "a:2", UpdatedAt = at.AddDays(1) }));
        Assert.True(await store.Conversations.SaveAsync(first with { EmployeeCode = "MB1", ConversationId = "m:1" }));
        Assert.False(await store.Conversations.SaveAsync(first with { EmployeeCode = "NOPE" }));

        var saved = await store.Conversations.GetAsync("CB1");
        Assert.Equal("a:2", saved!.ConversationId);
        Assert.Equal(at.AddDays(1), saved.UpdatedAt);
        Assert.Equal(["CB1"], (await store.Conversations.ListAsync(OfficerScope.ForZone("Chennai CGST Zone"))).Select(c => c.EmployeeCode));
        Assert.True(await store.Conversations.DeleteAsync("CB1"));
        Assert.False(await store.Conversations.DeleteAsync("CB1"));
        Assert.Null(await store.Conversations.GetAsync("CB1"));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task ConversationMemory_ManyUsersSavingAtOnce_EachKeepsTheirNewestAcrossARestart(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var memories = new SqlConversationMemoryStore(store.Database, store.Clock);
        var saves = Enumerable.Range(0, 40).Select(async user =>
        {
            foreach (var step in new[] { "English", "Hindi", "English" })
            {
                await memories.SaveAsync(new ConversationMemory($"user-{user}", $"Inspector {user}", "Customs", null, null, step));
            }
        });
        await Task.WhenAll(saves);
        await memories.SaveAsync(new ConversationMemory("user-7", null, null, "Courses", "designation", "Hindi"));

        var reopened = new SqlConversationMemoryStore(store.Database, store.Clock);
        Assert.Equal(new ConversationMemory("user-3", "Inspector 3", "Customs", null, null, "English"), await reopened.GetAsync("user-3"));
        Assert.Equal(new ConversationMemory("user-7", null, null, "Courses", "designation", "Hindi"), await reopened.GetAsync("user-7"));
        Assert.Null(await reopened.GetAsync("user-40"));
        Assert.Equal(40, (await Task.WhenAll(Enumerable.Range(0, 40).Select(u => reopened.GetAsync($"user-{u}")))).Count(m => m is not null));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Imports_RosterThenReports_GiveRecordsProfilesAndHistory(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await store.Roster.ImportAsync(ReportFiles.Roster(store.Folder.File("roster.csv")));
        var report = ReportFiles.Write(store.Folder.File("ConsumptionReport.csv"), IgotHeaders.ConsumptionA1NoMdoid,
        [
            new Progress("asha.rao@example.gov.in", "Noting and Drafting", CompletedOn: "2026-02-03 11:00:00", Designation: "Superintendent (CGST)", Certificate: "c-1"),
            new Progress("meena.das@example.gov.in", "Government E Marketplace", "in-progress", "33.33", ""),
        ]);

        var outcome = await store.Igot.ImportAsync(report);
        var again = await store.Igot.ImportAsync(report);

        Assert.True(outcome.Committed, string.Join("\n", outcome.Problems));
        Assert.Equal(2, outcome.Files[0].Counts.Added);
        Assert.Equal(2, again.Files[0].Counts.Unchanged);
        var asha = await store.Records.GetAsync("CB1");
        var record = Assert.Single(asha!.Records);
        Assert.Equal(new CourseRecord("noting-and-drafting", CourseProgress.Completed, 100m, new DateOnly(2026, 2, 3)), record.Record);
        Assert.Equal(("c-1", "ConsumptionReport.csv", new DateTime(2026, 3, 20, 6, 42, 10)), (record.CertificateId, record.SourceFile, record.ReportedAt));
        Assert.Equal(new IgotProfile("Superintendent (CGST)", "GROUP B", null, new DateTime(2026, 3, 20, 6, 42, 10)), asha.Profile);
        var zone = await store.Records.ListAsync(OfficerScope.ForZone("Chennai CGST Zone"));
        Assert.Equal(["CB1", "CB2", "CB3"], zone.Select(o => o.Officer.EmployeeCode));
        Assert.Equal(33.33m, zone[2].Records.Single().Record.ProgressPercent);
        Assert.Empty(zone[1].Records);
        var history = await store.Imports.ListRecentAsync(10);
        Assert.Equal([ImportKind.IgotConsumption, ImportKind.IgotConsumption, ImportKind.Roster], history.Select(h => h.Kind));
        Assert.Equal(new ImportCounts(2, 2, 0, 2, 0, 0, 0, 0), history[1].Counts);
        Assert.Equal(new DateTime(2026, 3, 20, 6, 42, 10), history[0].ReportedAt);
        Assert.Equal(history[0].Id, (await store.Imports.LatestAsync(ImportKind.IgotConsumption))!.Id);
        Assert.Null(await store.Imports.LatestAsync(ImportKind.IgotUsers));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Imports_OlderReportAfterNewer_NeverOverwrites(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await store.Roster.ImportAsync(ReportFiles.Roster(store.Folder.File("roster.csv")));
        var newer = ReportFiles.Write(store.Folder.File("new.csv"), IgotHeaders.ConsumptionA1NoMdoid, [new Progress("asha.rao@example.gov.in", "Noting and Drafting", Reported: "2026-03-20 06:42:10 AM")]);
        var older = ReportFiles.Write(store.Folder.File("old.csv"), IgotHeaders.ConsumptionA3, [new Progress("asha.rao@example.gov.in", "Noting and Drafting", "in-progress", "10", "", Reported: "01/02/2026 06:42:10 AM")]);

        await store.Igot.ImportAsync(newer);
        var stale = await store.Igot.ImportAsync(older);

        Assert.Equal(1, stale.Files[0].Counts.Unchanged);
        Assert.Equal(CourseProgress.Completed, (await store.RecordAsync("CB1", "noting-and-drafting"))!.Record.Progress);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Imports_MalformedFile_LeaveEveryTableAsItWas(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await store.Roster.ImportAsync(ReportFiles.Roster(store.Folder.File("roster.csv")));
        var before = await store.SnapshotAsync();
        var bad = ReportFiles.Write(store.Folder.File("bad.csv"), IgotHeaders.ConsumptionA1NoMdoid,
            [new Progress("asha.rao@example.gov.in", "Noting and Drafting"), new Progress("asha.rao@example.gov.in", "Classification of Goods", "maybe")]);

        var outcome = await store.Igot.ImportAsync(bad);

        Assert.False(outcome.Committed);
        Assert.Equal(3, Assert.Single(outcome.Problems).Row);
        Assert.Equal(before, await store.SnapshotAsync());
        Assert.Single(await store.Imports.ListRecentAsync(10));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Summaries_OverTheStore_CountCompliance(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await store.Roster.ImportAsync(ReportFiles.Roster(store.Folder.File("roster.csv")));
        string[] courses = ["Know Your Department - CBIC", "Modified Assured Career Progression Scheme (MACPS)", "Government E Marketplace", "Procurement of Goods and Services", "Responsible Data Management", "Cyber Security Basics", "Comprehensive Assessment for CAO, PAO, AO, TA and EA"];
        var report = ReportFiles.Write(store.Folder.File("ConsumptionReport.csv"), IgotHeaders.ConsumptionA1NoMdoid,
            courses.Select(c => new Progress("meena.das@example.gov.in", c, Designation: "Tax Assistant")));
        Assert.True((await store.Igot.ImportAsync(report)).Committed);

        var summary = await store.Summaries.SummarizeAsync(OfficerScope.ForZone("Chennai CGST Zone"), new DateOnly(2026, 3, 20));

        Assert.Equal((3, 1, 1, 1), (summary.Totals.Officers, summary.Totals.Compliant, summary.Totals.AssessmentPassed, summary.Totals.DesignationCorrect));
        Assert.Equal(["CB1", "CB2"], summary.Defaulters.Select(d => d.Officer.Officer.EmployeeCode));
        Assert.Equal("accounts", summary.Officers.Single(o => o.IsCompliant).Role!.Id);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Summaries_AfterANewerReport_FollowTheNewProgress(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await store.Roster.ImportAsync(ReportFiles.Roster(store.Folder.File("roster.csv")));
        string[] courses = ["Know Your Department - CBIC", "Modified Assured Career Progression Scheme (MACPS)", "Government E Marketplace", "Procurement of Goods and Services", "Responsible Data Management", "Cyber Security Basics", "Comprehensive Assessment for CAO, PAO, AO, TA and EA"];
        var first = ReportFiles.Write(store.Folder.File("first.csv"), IgotHeaders.ConsumptionA1NoMdoid,
            courses.Select(c => new Progress("meena.das@example.gov.in", c, Reported: "2026-03-01 06:00:00")));
        var newer = ReportFiles.Write(store.Folder.File("newer.csv"), IgotHeaders.ConsumptionA1NoMdoid,
            [new Progress("meena.das@example.gov.in", "Government E Marketplace", "in-progress", "55.5", "", Reported: "2026-03-10 06:00:00")]);
        var asOf = new DateOnly(2026, 3, 20);

        await store.Igot.ImportAsync(first);
        var before = await store.Summaries.SummarizeAsync(OfficerScope.All, asOf);
        await store.Igot.ImportAsync(newer);
        var after = await store.Summaries.SummarizeAsync(OfficerScope.All, asOf);

        Assert.Equal(1, before.Totals.Compliant);
        Assert.Equal(0, after.Totals.Compliant);
        var meena = after.Officers.Single(o => o.Officer.Officer.EmployeeCode == "CB3");
        var pending = Assert.Single(meena.Report!.Outstanding);
        Assert.Equal(("government-e-marketplace", CourseProgress.InProgress), (pending.Course.Id, pending.Progress));
    }
}
