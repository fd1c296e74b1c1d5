using System.Text;
using KarmayogiBot.Domain.Compliance;
using KarmayogiBot.Domain.Officers;
using KarmayogiBot.Infrastructure.Imports;

namespace KarmayogiBot.Infrastructure.Tests.Imports;

public sealed class IgotImportTests : ImportTestBase
{
    public static TheoryData<string> ConsumptionGenerations => new() { "A1", "A1NoMdoid", "A1TrailingMdoid", "A2", "A3", "A4" };

    private static string[] Generation(string name) => name switch
    {
        "A1" => IgotHeaders.ConsumptionA1,
        "A1NoMdoid" => IgotHeaders.ConsumptionA1NoMdoid,
        "A1TrailingMdoid" => IgotHeaders.ConsumptionA1TrailingMdoid,
        "A2" => IgotHeaders.ConsumptionA2,
        "A3" => IgotHeaders.ConsumptionA3,
        "A4" => IgotHeaders.ConsumptionA4,
        "B1" => IgotHeaders.UsersB1,
        "B2" => IgotHeaders.UsersB2,
        "C1" => IgotHeaders.CbpEnrolmentC1,
        _ => IgotHeaders.CbpEnrolmentC2,
    };

    [Theory]
    [MemberData(nameof(ConsumptionGenerations))]
    public async Task ImportAsync_EveryConsumptionHeaderGeneration_StoresRecordsAndProfile(string generation)
    {
        var file = ReportFiles.Write(Folder.File("ConsumptionReport.csv"), Generation(generation),
        [
            new Progress(Asha, "Noting and Drafting", Designation: "Superintendent (CGST)", Certificate: "cert-1"),
            new Progress(Asha, "Demands under CGST Act, 2017", "in-progress", "42.86", "", Designation: "Superintendent (CGST)"),
            new Progress(Vijay, "Basics of Origami for Officers"),
        ]);

        var outcome = await ImportAsync(file);

        Assert.True(outcome.Committed, string.Join("\n", outcome.Problems));
        var result = Assert.Single(outcome.Files);
        Assert.Equal(ImportKind.IgotConsumption, result.Kind);
        Assert.Equal(new ImportCounts(3, 2, 0, 2, 0, 0, 0, 1), result.Counts);
        var noting = await Store.RecordAsync("CB1", "noting-and-drafting");
        Assert.Equal(new CourseRecord("noting-and-drafting", CourseProgress.Completed, 100m, new DateOnly(2026, 1, 15)), noting!.Record);
        Assert.Equal("cert-1", noting.CertificateId);
        Assert.Equal(new DateTime(2026, 3, 20, 6, 42, 10), noting.ReportedAt);
        var demands = await Store.RecordAsync("CB1", "demands-cgst");
        Assert.Equal(new CourseRecord("demands-cgst", CourseProgress.InProgress, 42.86m, null), demands!.Record);
        Assert.Equal("Superintendent (CGST)", (await Store.Records.GetAsync("CB1"))!.Profile!.Designation);
    }

    [Theory]
    [InlineData("B1")]
    [InlineData("B2")]
    public async Task ImportAsync_UserReportGenerations_StoreProfiles(string generation)
    {
        var file = ReportFiles.Write(Folder.File("UserReport.csv"), Generation(generation),
        [
            new Progress(Asha, "", Designation: "Superintendent (CGST)", ProfileStatus: "VERIFIED"),
            new Progress("", "", Phone: "9000000003", Designation: "", ProfileStatus: "NOT-MY-USER"),
        ]);

        var outcome = await ImportAsync(file);

        Assert.True(outcome.Committed, string.Join("\n", outcome.Problems));
        Assert.Equal(ImportKind.IgotUsers, outcome.Files[0].Kind);
        Assert.Equal(2, outcome.Files[0].Counts.Added);
        var asha = (await Store.Records.GetAsync("CB1"))!.Profile!;
        Assert.Equal("Superintendent (CGST)", asha.Designation);
        Assert.Equal(generation == "B1" ? "VERIFIED" : null, asha.ProfileStatus);
        Assert.Equal("", (await Store.Records.GetAsync("CB3"))!.Profile!.Designation);
    }

    [Fact]
    public async Task ImportAsync_UserReportWithOnlyEmployeeId_MatchesByEmployeeCode()
    {
        var file = ReportFiles.Write(Folder.File("UserReport.csv"), IgotHeaders.UsersB1,
            [new Progress("someone.else@gmail.com", "", Designation: "Tax Assistant", EmployeeId: "CB3")]);

        var outcome = await ImportAsync(file);

        Assert.True(outcome.Committed, string.Join("\n", outcome.Problems));
        Assert.Equal("Tax Assistant", (await Store.Records.GetAsync("CB3"))!.Profile!.Designation);
    }

    [Theory]
    [InlineData("C1", "2026-01-15", "2026-03-20 06:42:10 AM")]
    [InlineData("C2", "15/01/26", "20/03/2026 06:42:10 AM")]
    public async Task ImportAsync_CbpEnrolmentGenerations_StoreRecords(string generation, string completed, string reported)
    {
        var file = ReportFiles.Write(Folder.File("CBPEnrollmentReport.csv"), Generation(generation),
        [
            new Progress(Asha, "Noting and Drafting", "completed", CompletedOn: completed, Reported: reported),
            new Progress(Meena, "Government E Marketplace", "not-started", CompletedOn: "", Reported: reported),
        ]);

        var outcome = await ImportAsync(file);

        Assert.True(outcome.Committed, string.Join("\n", outcome.Problems));
        Assert.Equal(ImportKind.IgotCbpEnrolment, outcome.Files[0].Kind);
        Assert.Equal(new CourseRecord("noting-and-drafting", CourseProgress.Completed, 100m, new DateOnly(2026, 1, 15)), (await Store.RecordAsync("CB1", "noting-and-drafting"))!.Record);
        Assert.Equal(CourseProgress.NotStarted, (await Store.RecordAsync("CB3", "government-e-marketplace"))!.Record.Progress);
    }

    public static TheoryData<string> Encodings => new() { "utf8", "utf8-bom", "utf16le-bom", "utf16be-bom", "utf16le-tab", "semicolon" };

    [Theory]
    [MemberData(nameof(Encodings))]
    public async Task ImportAsync_EncodingsAndSeparatorsExcelWrites_ReadAlike(string variant)
    {
        Progress[] rows =
        [
            new Progress(Asha, "Noting & Drafting", Name: "Āshā Rāo", Designation: "अधीक्षक"),
            new Progress(Vijay, "Search, Seizure and Arrest under The Customs Act, 1962", "in-progress", "12.5", ""),
        ];
        (Encoding encoding, char separator) = variant switch
        {
            "utf8-bom" => ((Encoding)new UTF8Encoding(true), ','),
            "utf16le-bom" => (new UnicodeEncoding(false, true), ','),
            "utf16be-bom" => (new UnicodeEncoding(true, true), ','),
            "utf16le-tab" => (new UnicodeEncoding(false, true), '\t'),
            "semicolon" => (new UTF8Encoding(false), ';'),
            _ => (new UTF8Encoding(false), ','),
        };
        var file = ReportFiles.Write(Folder.File("ConsumptionReport.csv"), IgotHeaders.ConsumptionA1NoMdoid, rows, encoding, separator);

        var outcome = await ImportAsync(file);

        Assert.True(outcome.Committed, string.Join("\n", outcome.Problems));
        Assert.Equal(CourseProgress.Completed, (await Store.RecordAsync("CB1", "noting-and-drafting"))!.Record.Progress);
        Assert.Equal(12.5m, (await Store.RecordAsync("CB2", "search-seizure-arrest-customs"))!.Record.ProgressPercent);
        Assert.Equal("अधीक्षक", (await Store.Records.GetAsync("CB1"))!.Profile!.Designation);
    }

    [Fact]
    public async Task ImportAsync_BytesThatAreNotUtf8_NameTheRowAndChangeNothing()
    {
        var text = ReportFiles.Text(IgotHeaders.ConsumptionA1NoMdoid, [new Progress(Asha, "Noting and Drafting"), new Progress(Meena, "Government E Marketplace", Name: "Meena Dås")]);
        var file = Folder.File("ConsumptionReport.csv");
        File.WriteAllBytes(file, Encoding.Latin1.GetBytes(text));
        var before = await Store.SnapshotAsync();

        var outcome = await ImportAsync(file);

        Assert.False(outcome.Committed);
        var problem = Assert.Single(outcome.Problems);
        Assert.Equal(3, problem.Row);
        Assert.Contains("not UTF-8", problem.Reason, StringComparison.Ordinal);
        Assert.Equal(before, await Store.SnapshotAsync());
    }

    [Fact]
    public async Task ImportAsync_BrokenQuoting_NamesTheRowsAndChangesNothing()
    {
        var good = ReportFiles.Text(IgotHeaders.ConsumptionA1NoMdoid, [new Progress(Asha, "Noting and Drafting"), new Progress(Vijay, "Classification of Goods")]);
        var lines = good.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).ToList();
        lines.Insert(2, lines[1].Replace("Noting and Drafting", "Noting \"and\" Drafting", StringComparison.Ordinal));
        lines.Insert(3, lines[1].Replace("Noting and Drafting", "\"Noting and Drafting\"x", StringComparison.Ordinal));
        var file = Folder.File("ConsumptionReport.csv");
        File.WriteAllText(file, string.Join("\r\n", lines) + "\r\n");
        var before = await Store.SnapshotAsync();

        var outcome = await ImportAsync(file);

        Assert.False(outcome.Committed);
        Assert.Equal([3, 4], outcome.Problems.Select(p => p.Row));
        Assert.Contains("double quote inside unquoted field", outcome.Problems.First().Reason, StringComparison.Ordinal);
        Assert.Contains("after the closing quote", outcome.Problems.Last().Reason, StringComparison.Ordinal);
        Assert.Equal(2, outcome.Files[0].Counts.Rejected);
        Assert.Equal(before, await Store.SnapshotAsync());
    }

    [Fact]
    public async Task ImportAsync_QuoteNeverClosed_NamesTheLineItOpensOn()
    {
        var text = ReportFiles.Text(IgotHeaders.ConsumptionA1NoMdoid, [new Progress(Asha, "Noting and Drafting"), new Progress(Vijay, "Classification of Goods"), new Progress(Meena, "Government E Marketplace")]);
        var file = Folder.File("ConsumptionReport.csv");
        File.WriteAllText(file, text.Replace("Classification of Goods", "\"Classification of Goods", StringComparison.Ordinal));

        var outcome = await ImportAsync(file);

        Assert.False(outcome.Committed);
        var problem = Assert.Single(outcome.Problems);
        Assert.Equal(3, problem.Row);
        Assert.Contains("never closed", problem.Reason, StringComparison.Ordinal);
        Assert.Equal(0, await Store.CountAsync("course_records"));
    }

    [Fact]
    public async Task ImportAsync_WrongNumberOfFields_NamesTheRow()
    {
        var text = ReportFiles.Text(IgotHeaders.ConsumptionA1NoMdoid, [new Progress(Asha, "Noting and Drafting"), new Progress(Vijay, "Classification of Goods")]);
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).ToList();
        lines[2] = lines[2] + ",extra";
        var file = Folder.File("ConsumptionReport.csv");
        File.WriteAllLines(file, lines);

        var outcome = await ImportAsync(file);

        var problem = Assert.Single(outcome.Problems);
        Assert.Equal(3, problem.Row);
        Assert.Contains("39 fields, the header 38", problem.Reason, StringComparison.Ordinal);
        Assert.False(outcome.Committed);
    }

    [Fact]
    public async Task ImportAsync_DuplicateRow_NamesItAndChangesNothing()
    {
        var file = Consumption("ConsumptionReport.csv", new Progress(Asha, "Noting and Drafting"), new Progress(Vijay, "Classification of Goods"), new Progress(Asha, "Noting and Drafting"));

        var outcome = await ImportAsync(file);

        Assert.False(outcome.Committed);
        var problem = Assert.Single(outcome.Problems);
        Assert.Equal(4, problem.Row);
        Assert.Equal("duplicate of row 2", problem.Reason);
        Assert.Equal(0, await Store.CountAsync("course_records"));
    }

    [Fact]
    public async Task ImportAsync_OneCourseTwiceWithDifferentProgress_KeepsTheFurthest()
    {
        var file = Consumption("ConsumptionReport.csv",
            new Progress(Asha, "Noting and Drafting", "in-progress", "40.0", "", Mandate: "true"),
            new Progress(Asha, "Noting & Drafting", "completed", Mandate: "true"),
            new Progress(Asha, "Noting and drafting", "not-started", "0.0", ""));

        var outcome = await ImportAsync(file);

        Assert.True(outcome.Committed, string.Join("\n", outcome.Problems));
        Assert.Equal(1, outcome.Files[0].Counts.Added);
        Assert.Equal(CourseProgress.Completed, (await Store.RecordAsync("CB1", "noting-and-drafting"))!.Record.Progress);
    }

    /// <summary>iGOT says the enrolment is not in the officer's live plan (Live_CBP_Plan_Mandate=false): the plan, and the APAR, do not count it.</summary>
    [Fact]
    public async Task ImportAsync_CompletionOutsideTheLivePlan_DoesNotCountForThePlan()
    {
        var file = Consumption("ConsumptionReport.csv",
            new Progress(Asha, "Noting and Drafting", "in-progress", "40.0", "", Mandate: "true"),
            new Progress(Asha, "Noting & Drafting", "completed", Mandate: "false"));

        var outcome = await ImportAsync(file);

        Assert.True(outcome.Committed, string.Join("\n", outcome.Problems));
        Assert.Equal(1, outcome.Files[0].Counts.OtherCourses);
        Assert.Equal(CourseProgress.InProgress, (await Store.RecordAsync("CB1", "noting-and-drafting"))!.Record.Progress);
    }

    /// <summary>A CBIC-wide export: a row of an officer the roster does not have (by e-mail, phone or code) is outside the zone, not an error.</summary>
    [Fact]
    public async Task ImportAsync_OfficerOutsideTheRoster_IsCountedAndSkippedNotAnError()
    {
        var file = Consumption("ConsumptionReport.csv", new Progress(Asha, "Noting and Drafting"), new Progress("stranger@example.gov.in", "Noting and Drafting"));

        var outcome = await ImportAsync(file);

        Assert.True(outcome.Committed, string.Join("\n", outcome.Problems));
        Assert.Empty(outcome.Problems);
        Assert.Equal(new ImportCounts(2, 1, 1, 1, 0, 0, 0, 0, OutsideZone: 1), outcome.Files[0].Counts);
        Assert.Equal(CourseProgress.Completed, (await Store.RecordAsync("CB1", "noting-and-drafting"))!.Record.Progress);
        Assert.Equal(1, await Store.CountAsync("course_records"));
        Assert.Equal(1, (await Store.Imports.ListRecentAsync(1))[0].Counts.OutsideZone);
    }

    /// <summary>A row that names nobody (no e-mail, phone or code) is still a bad row: it cannot be told to be outside the zone.</summary>
    [Fact]
    public async Task ImportAsync_RowNamingNoOfficer_FailsAndNamesTheRow()
    {
        var file = Consumption("ConsumptionReport.csv", new Progress(Asha, "Noting and Drafting"), new Progress("", "Noting and Drafting"));

        var outcome = await ImportAsync(file);

        Assert.False(outcome.Committed);
        var problem = Assert.Single(outcome.Problems);
        Assert.Equal(3, problem.Row);
        Assert.Equal("no e-mail or phone number to find the officer by", problem.Reason);
        Assert.Equal(0, await Store.CountAsync("course_records"));
    }

    /// <summary>An export none of whose officers is on the roster is another zone's (or the roster is missing): nothing is imported.</summary>
    [Fact]
    public async Task ImportAsync_NoRowOfARosterOfficer_ChangesNothingAndSaysImportTheRoster()
    {
        var file = Consumption("ConsumptionReport.csv", new Progress("stranger@example.gov.in", "Noting and Drafting"), new Progress("other@example.gov.in", "Noting and Drafting"));

        var outcome = await ImportAsync(file, new ImportOptions(AcceptPartial: true));

        Assert.False(outcome.Committed);
        Assert.Equal("none of its 2 rows is of an officer on the roster (by e-mail, phone or employee code): import this zone's roster first", Assert.Single(outcome.Problems).Reason);
        Assert.Equal(0, await Store.CountAsync("course_records"));
    }

    [Fact]
    public async Task ImportAsync_AcceptPartial_ImportsGoodRowsAndWritesRejectsWithReasons()
    {
        var file = Consumption("ConsumptionReport.csv",
            new Progress(Asha, "Noting and Drafting"),
            new Progress(Asha, "Classification of Goods", "70"),
            new Progress(Vijay, "Classification of Goods", "finished"));
        var rejects = Folder.File("out/rejected.csv");

        var outcome = await ImportAsync(file, new ImportOptions(AcceptPartial: true, RejectsPath: rejects));

        Assert.True(outcome.Committed);
        Assert.Equal(rejects, outcome.RejectsPath);
        Assert.Equal(CourseProgress.Completed, (await Store.RecordAsync("CB1", "noting-and-drafting"))!.Record.Progress);
        Assert.Null(await Store.RecordAsync("CB2", "classification-of-goods"));
        Assert.Equal(new ImportCounts(3, 2, 0, 1, 0, 0, 2, 0), outcome.Files[0].Counts);
        var lines = File.ReadAllLines(rejects);
        Assert.Equal("File,Row,Reason,Row text", lines[0]);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("ConsumptionReport.csv,3,", lines[1], StringComparison.Ordinal);
        Assert.Contains("status '70' is not one of", lines[1], StringComparison.Ordinal);
        Assert.Contains("status 'finished' is not one of", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportAsync_MissingRequiredColumn_ChangesNothingEvenWithAcceptPartial()
    {
        var header = IgotHeaders.ConsumptionA1NoMdoid.Where(c => c != "Status").ToArray();
        var file = ReportFiles.Write(Folder.File("ConsumptionReport.csv"), header, [new Progress(Asha, "Noting and Drafting")]);

        var outcome = await ImportAsync(file, new ImportOptions(AcceptPartial: true));

        Assert.False(outcome.Committed);
        var problem = Assert.Single(outcome.Problems);
        Assert.Equal(1, problem.Row);
        Assert.Equal("required column missing: Status", problem.Reason);
        Assert.Equal(1, await Store.CountAsync("imports")); // the roster's only
    }

    [Fact]
    public async Task ImportAsync_UnknownColumn_FailsUnlessAcceptPartial()
    {
        string[] header = [.. IgotHeaders.ConsumptionA1NoMdoid, "Favourite_Colour"];
        var file = ReportFiles.Write(Folder.File("ConsumptionReport.csv"), header, [new Progress(Asha, "Noting and Drafting")]);

        var strict = await ImportAsync(file);
        var partial = await ImportAsync(file, new ImportOptions(AcceptPartial: true));

        Assert.False(strict.Committed);
        Assert.Equal("unknown column 'Favourite_Colour' (not in any iGOT report generation known)", Assert.Single(strict.Problems).Reason);
        Assert.True(partial.Committed);
        Assert.Equal(1, partial.Files[0].Counts.Added);
        Assert.Equal(0, partial.Files[0].Counts.Rejected);
    }

    [Fact]
    public async Task ImportAsync_NotAnIgotReport_SaysWhatItExpected()
    {
        var file = Folder.File("notes.csv");
        File.WriteAllText(file, "a,b,c\n1,2,3\n");

        var outcome = await ImportAsync(file);

        Assert.False(outcome.Committed);
        Assert.Contains("not an iGOT report this import reads", Assert.Single(outcome.Problems).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportAsync_SameFileTwice_ChangesNothing()
    {
        var file = Consumption("ConsumptionReport.csv", new Progress(Asha, "Noting and Drafting", Designation: "Superintendent (CGST)"), new Progress(Vijay, "Classification of Goods", "in-progress", "50", ""));
        await ImportAsync(file);
        var before = await Store.SnapshotAsync();

        var again = await ImportAsync(file);

        Assert.True(again.Committed);
        Assert.Equal(new ImportCounts(2, 2, 0, 0, 0, 2, 0, 0), again.Files[0].Counts);
        Assert.Equal(before, await Store.SnapshotAsync());
    }

    [Fact]
    public async Task ImportAsync_NewerReport_SupersedesAndOlderNeverOverwrites()
    {
        var older = Consumption("old.csv", new Progress(Asha, "Noting and Drafting", "in-progress", "30", "", Reported: "2026-02-01 06:00:00 AM"));
        var newer = Consumption("new.csv", new Progress(Asha, "Noting and Drafting", "completed", Reported: "2026-03-01 06:00:00 PM"));
        await ImportAsync(older);

        var superseding = await ImportAsync(newer);
        var stale = await ImportAsync(older);

        Assert.Equal(1, superseding.Files[0].Counts.Updated);
        Assert.Equal(1, stale.Files[0].Counts.Unchanged);
        var record = (await Store.RecordAsync("CB1", "noting-and-drafting"))!;
        Assert.Equal(CourseProgress.Completed, record.Record.Progress);
        Assert.Equal(new DateTime(2026, 3, 1, 18, 0, 0), record.ReportedAt);
        Assert.Equal("new.csv", record.SourceFile);
    }

    [Fact]
    public async Task ImportAsync_NewerReportWithLowerProgress_StillSupersedes()
    {
        await ImportAsync(Consumption("old.csv", new Progress(Asha, "Noting and Drafting", "completed", Reported: "2026-02-01 06:00:00")));

        await ImportAsync(Consumption("new.csv", new Progress(Asha, "Noting and Drafting", "in-progress", "10", "", Reported: "2026-03-01 06:00:00")));

        Assert.Equal(CourseProgress.InProgress, (await Store.RecordAsync("CB1", "noting-and-drafting"))!.Record.Progress);
    }

    [Fact]
    public async Task ImportAsync_CourseNameVariantsAndAssessmentProgramme_MatchCatalogCourses()
    {
        var file = Consumption("ConsumptionReport.csv",
            new Progress(Asha, "Know Your Department – CBIC"),
            new Progress(Asha, "Input Tax Credit(ITC) Mechanism"),
            new Progress(Asha, "Comprehensive Assessment for Superintendent and Inspector (CGST)"),
            new Progress(Asha, "Basics of Origami for Officers"));

        var outcome = await ImportAsync(file);

        Assert.True(outcome.Committed, string.Join("\n", outcome.Problems));
        Assert.Equal(1, outcome.Files[0].Counts.OtherCourses);
        var courses = (await Store.Records.GetAsync("CB1"))!.Records.Select(r => r.Record.CourseId).Order().ToList();
        Assert.Equal(["comprehensive-assessment-2025-26", "itc-mechanism", "know-your-department"], courses);
    }

    [Fact]
    public async Task ImportAsync_NoEmailButPhone_MatchesByPhone()
    {
        var file = Consumption("ConsumptionReport.csv", new Progress("", "Classification of Goods", Phone: "09000000002"), new Progress("ASHA.RAO@EXAMPLE.GOV.IN", "Noting and Drafting"));

        var outcome = await ImportAsync(file);

        Assert.True(outcome.Committed, string.Join("\n", outcome.Problems));
        Assert.NotNull(await Store.RecordAsync("CB2", "classification-of-goods"));
        Assert.NotNull(await Store.RecordAsync("CB1", "noting-and-drafting"));
    }

    [Theory]
    [InlineData("Status", "done", "status 'done' is not one of not-started, in-progress, completed")]
    [InlineData("Percent", "120", "progress '120' is not a percentage from 0 to 100")]
    [InlineData("Completed", "yesterday", "completion date 'yesterday' is not a date")]
    [InlineData("Reported", "soon", "Report_Last_Generated_On 'soon' is not a date and time")]
    public async Task ImportAsync_BadValue_NamesRowAndReason(string field, string value, string reason)
    {
        var bad = field switch
        {
            "Status" => new Progress(Vijay, "Classification of Goods", Status: value),
            "Percent" => new Progress(Vijay, "Classification of Goods", Percent: value),
            "Completed" => new Progress(Vijay, "Classification of Goods", CompletedOn: value),
            _ => new Progress(Vijay, "Classification of Goods", Reported: value),
        };
        var file = Consumption("ConsumptionReport.csv", new Progress(Asha, "Noting and Drafting"), bad);

        var outcome = await ImportAsync(file);

        var problem = Assert.Single(outcome.Problems);
        Assert.Equal(("ConsumptionReport.csv", 3, reason), (problem.File, problem.Row, problem.Reason));
        Assert.False(outcome.Committed);
    }

    [Fact]
    public async Task ImportAsync_CancelledHalfway_LeavesTheStoreAsItWas()
    {
        await ImportAsync(Consumption("first.csv", new Progress(Asha, "Noting and Drafting", "in-progress", "20", "")));
        var before = await Store.SnapshotAsync();
        var rows = Enumerable.Range(0, 40_000).Select(i => new Progress(i % 2 == 0 ? Asha : Vijay, i % 2 == 0 ? "Noting and Drafting" : "Classification of Goods", Reported: $"2026-03-{1 + (i % 19):00} 06:00:00", Certificate: $"c{i}"));
        var big = ReportFiles.Write(Folder.File("big.csv"), IgotHeaders.ConsumptionA1NoMdoid, rows);
        using var cancel = new CancellationTokenSource();
        var seen = 0.0;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Store.Igot.ImportAsync(big, new ImportOptions(Progress: fraction =>
        {
            seen = fraction;
            if (fraction > 0.3)
            {
                cancel.Cancel();
            }
        }), cancel.Token));

        Assert.InRange(seen, 0.3, 0.99);
        Assert.Equal(before, await Store.SnapshotAsync());
    }

    [Fact]
    public async Task ImportAsync_ReadersDuringAnOpenImport_SeeTheLastCommittedData()
    {
        await ImportAsync(Consumption("first.csv", new Progress(Asha, "Noting and Drafting", "in-progress", "20", "")));
        await using var session = await ImportSession.BeginAsync(Store.Database, CancellationToken.None);
        var officer = session.LoadOfficers().Single(o => o.Officer.EmployeeCode == "CB1").Id;
        session.SetSource("x.csv", 1);
        session.UpdateRecord(officer, new CourseRecord("noting-and-drafting", CourseProgress.Completed, 100, null), null, new DateTime(2026, 3, 21));

        using var another = Store.OpenAnother();
        var seen = await new KarmayogiBot.Infrastructure.Storage.SqlCourseRecordStore(another).GetAsync("CB1").WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(CourseProgress.InProgress, seen!.Records.Single().Record.Progress);
    }
}
