using KarmayogiBot.Infrastructure.Imports;
using KarmayogiBot.Infrastructure.Tests.Support;
using Xunit.Abstractions;

namespace KarmayogiBot.Infrastructure.Tests.Imports;

/// <summary>
/// Issue 15, item 3: a 1 MB zip holding a 1 GiB single-row CSV drove the worker to 2.2 GB and an out-of-memory abort, a
/// 5 MB .xlsx with 1 GB of text reached 2.1 GB, and an .xlsx inside a zip was copied uncapped to the temp folder and left
/// there. Each cap is named in the problem, the store is unchanged, memory stays far below 500 MB, and the temp folder is
/// empty however the import ends. The hostile files are made here, streamed, in the test's temp folder.
/// </summary>
[Collection(AloneCollection.Name)]
public sealed class ImportLimitsTests(ITestOutputHelper output) : ImportTestBase
{
    private const long GiB = 1L << 30;

    private static readonly Progress[] Users = [new(Asha, "", Designation: "Superintendent (CGST)"), new(Vijay, "", Designation: "Assistant Commissioner (Customs)")];

    [Fact]
    public async Task ImportAsync_ZipOfAGibibyteSingleRowCsv_IsRefusedNamingTheCapWithMemoryBounded()
    {
        var zip = StreamedFiles.ZipOfOneLongRow(Folder.File("reports.zip"), "UserReport.csv", string.Join(",", IgotHeaders.UsersB1) + "\r\n", GiB);
        Assert.InRange(new FileInfo(zip).Length, 1, 8 * MemoryProbe.MiB);
        var before = await Store.SnapshotAsync();

        ImportOutcome outcome = null!;
        var (allocated, peak) = await MemoryProbe.MeasureAsync(async () => outcome = await ImportAsync(zip));

        output.WriteLine($"1 GiB row in a {new FileInfo(zip).Length:N0}-byte zip: allocated {allocated / MemoryProbe.MiB} MiB, peak heap {peak / MemoryProbe.MiB} MiB");
        Assert.False(outcome.Committed);
        Assert.Equal(
            "reports.zip:UserReport.csv, row 2: the row is longer than 65,536 characters (the limit Import:MaxRowCharacters); a quote left open makes the rest of the file one row; nothing was imported",
            Assert.Single(outcome.Problems).ToString());
        Assert.InRange(allocated, 0, 100 * MemoryProbe.MiB);
        Assert.InRange(peak, 0, 500 * MemoryProbe.MiB);
        Assert.Equal(before, await Store.SnapshotAsync());
    }

    [Fact]
    public async Task ImportAsync_WorkbookWithAGigabyteOfSharedText_IsRefusedNamingTheCapWithMemoryBounded()
    {
        var xlsx = StreamedFiles.Workbook(Folder.File("UserReport.xlsx"), UserRows(Users), paddingBytes: GiB);
        var before = await Store.SnapshotAsync();

        ImportOutcome outcome = null!;
        var (allocated, peak) = await MemoryProbe.MeasureAsync(async () => outcome = await ImportAsync(xlsx));

        output.WriteLine($"1 GiB of shared text in a {new FileInfo(xlsx).Length:N0}-byte .xlsx: allocated {allocated / MemoryProbe.MiB} MiB, peak heap {peak / MemoryProbe.MiB} MiB");
        Assert.False(outcome.Committed);
        var problem = Assert.Single(outcome.Problems).ToString();
        Assert.StartsWith("UserReport.xlsx: xl/sharedStrings.xml expands to 1,0", problem, StringComparison.Ordinal);
        Assert.EndsWith("bytes, more than 100,000,000 bytes (the limit Import:MaxSharedStringsBytes); nothing was imported", problem, StringComparison.Ordinal);
        Assert.InRange(allocated, 0, 100 * MemoryProbe.MiB);
        Assert.InRange(peak, 0, 500 * MemoryProbe.MiB);
        Assert.Equal(before, await Store.SnapshotAsync());
    }

    [Fact]
    public async Task ImportAsync_WorkbookWithAHugeInlineCell_IsRefusedBeforeTheCellIsRead()
    {
        var xlsx = StreamedFiles.Workbook(Folder.File("UserReport.xlsx"), UserRows(Users), inlineCellCharacters: 200_000_000);

        ImportOutcome outcome = null!;
        var (allocated, _) = await MemoryProbe.MeasureAsync(async () => outcome = await ImportAsync(xlsx));

        output.WriteLine($"a 200,000,000-character inline cell: allocated {allocated / MemoryProbe.MiB} MiB");
        Assert.False(outcome.Committed);
        Assert.Equal(
            "UserReport.xlsx: xl/worksheets/sheet1.xml has a cell or tag longer than 65,536 bytes (the limit Import:MaxRowCharacters); nothing was imported",
            Assert.Single(outcome.Problems).ToString());
        Assert.InRange(allocated, 0, 100 * MemoryProbe.MiB);
    }

    [Fact]
    public async Task ImportAsync_WorkbookWithBrokenSharedText_IsNotAReadableWorkbookAndNothingCrashes()
    {
        var good = StreamedFiles.Workbook(Folder.File("good.xlsx"), UserRows(Users));
        var broken = Folder.File("UserReport.xlsx");
        using (var from = System.IO.Compression.ZipFile.OpenRead(good))
        using (var to = System.IO.Compression.ZipFile.Open(broken, System.IO.Compression.ZipArchiveMode.Create))
        {
            foreach (var entry in from.Entries)
            {
                using var target = to.CreateEntry(entry.FullName).Open();
                if (entry.FullName == "xl/sharedStrings.xml")
                {
                    target.Write("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>cut short"u8);
                }
                else
                {
                    using var source = entry.Open();
                    source.CopyTo(target);
                }
            }
        }

        var outcome = await ImportAsync(broken);

        Assert.False(outcome.Committed);
        Assert.StartsWith("UserReport.xlsx: is not a readable workbook: ", Assert.Single(outcome.Problems).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportAsync_TheSameWorkbookWithinTheCaps_Imports()
    {
        var xlsx = StreamedFiles.Workbook(Folder.File("UserReport.xlsx"), UserRows(Users), paddingBytes: 1_000_000);

        var outcome = await ImportAsync(xlsx);

        Assert.True(outcome.Committed, string.Join("\n", outcome.Problems));
        Assert.Equal("Superintendent (CGST)", (await Store.Records.GetAsync("CB1"))!.Profile!.Designation);
    }

    [Fact]
    public async Task ImportAsync_RosterCellOfTenThousandCharacters_RejectsTheRowNamingTheCap()
    {
        var file = ReportFiles.Roster(Folder.File("roster-long.csv"),
            $"4,CB4,{new string('R', 10_000)},Inspector,CGST Chennai North Commissionerate,Chennai CGST Zone,ravi@example.gov.in,9000000004,Officer,");
        var before = await Store.SnapshotAsync();

        var outcome = await Store.Roster.ImportAsync(file);

        Assert.False(outcome.Committed);
        Assert.Equal(
            "roster-long.csv, row 5: column 'Name of the Officer' holds 10,000 characters, more than 2,000 characters (the limit Import:MaxCellLength)",
            Assert.Single(outcome.Problems).ToString());
        Assert.Equal(before, await Store.SnapshotAsync());
    }

    [Fact]
    public async Task ImportAsync_RowOverALoweredCap_IsRefusedNamingTheSetting()
    {
        Store.Limits.MaxRowCharacters = 100_000;
        var file = ReportFiles.Write(Folder.File("ConsumptionReport.csv"), IgotHeaders.ConsumptionA1NoMdoid,
            [new Progress(Asha, "Noting and Drafting"), new Progress(Vijay, "Noting and Drafting", Name: new string('V', 150_000))]);

        var outcome = await ImportAsync(file, new ImportOptions(AcceptPartial: true));

        Assert.False(outcome.Committed);
        Assert.StartsWith("ConsumptionReport.csv, row 3: the row is longer than 100,000 characters (the limit Import:MaxRowCharacters)", Assert.Single(outcome.Problems).ToString(), StringComparison.Ordinal);
        Assert.Equal(0, await Store.CountAsync("course_records"));
    }

    [Fact]
    public async Task ImportAsync_BundleOverTheEntryOrSizeCaps_IsRefusedNamingEach()
    {
        var users = ReportFiles.Write(Folder.File("UserReport.csv"), IgotHeaders.UsersB1, Users);
        var zip = StreamedFiles.Zip(Folder.File("reports.zip"), ("UserReport.csv", users), ("a/UserReport.csv", users), ("b/UserReport.csv", users));
        Store.Limits.MaxZipEntries = 2;

        var entries = await Assert.ThrowsAsync<ImportException>(() => ImportAsync(zip));

        Store.Limits.MaxZipEntries = 1_000;
        Store.Limits.MaxZipExpandedBytes = 1_000;
        var expanded = await Assert.ThrowsAsync<ImportException>(() => ImportAsync(zip));
        Assert.Equal("reports.zip holds 3 entries, more than 2 (the limit Import:MaxZipEntries); nothing was read", entries.Message);
        Assert.Matches(@"^reports\.zip expands to [0-9,]+ bytes, more than 1,000 bytes \(the limit Import:MaxZipExpandedBytes\); nothing was read$", expanded.Message);
        Assert.Equal(0, await Store.CountAsync("igot_profiles"));
    }

    [Fact]
    public async Task ImportAsync_WorkbookInABundle_LeavesTheTempFolderEmptyOnSuccessAndFailure()
    {
        var good = StreamedFiles.Workbook(Folder.File("UserReport.xlsx"), UserRows(Users));
        var zip = StreamedFiles.Zip(Folder.File("reports.zip"), ("mdoid=1/UserReport.xlsx", good));

        var imported = await ImportAsync(zip);
        var afterSuccess = TempFiles();
        Store.Limits.MaxSharedStringsBytes = 100;
        var refused = await ImportAsync(zip);
        var afterFailure = TempFiles();

        Assert.True(imported.Committed, string.Join("\n", imported.Problems));
        Assert.Empty(afterSuccess);
        Assert.False(refused.Committed);
        Assert.Contains("(the limit Import:MaxSharedStringsBytes)", Assert.Single(refused.Problems).Reason, StringComparison.Ordinal);
        Assert.Empty(afterFailure);
    }

    [Fact]
    public async Task ImportAsync_WorkbookInABundleCancelledMidway_LeavesTheTempFolderEmpty()
    {
        var many = Enumerable.Range(0, 17_000).Select(i => new Progress($"officer{i}@example.gov.in", "", Designation: "Inspector (CGST)")).ToArray();
        var zip = StreamedFiles.Zip(Folder.File("reports.zip"), ("UserReport.xlsx", StreamedFiles.Workbook(Folder.File("UserReport.xlsx"), UserRows(many))));
        using var cancel = new CancellationTokenSource();
        var duringImport = -1;
        var options = new ImportOptions(Progress: fraction =>
        {
            if (duringImport < 0)
            {
                duringImport = TempFiles().Length;
                cancel.Cancel();
            }
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Store.Igot.ImportAsync(zip, options, cancel.Token));

        Assert.Equal(1, duringImport);
        Assert.Empty(TempFiles());
        Assert.Equal(0, await Store.CountAsync("igot_profiles"));
    }

    private string[] TempFiles() => Directory.Exists(Store.Limits.TempPath) ? Directory.GetFiles(Store.Limits.TempPath, "*", SearchOption.AllDirectories) : [];

    private static IEnumerable<IReadOnlyList<string>> UserRows(IEnumerable<Progress> users) =>
        new[] { (IReadOnlyList<string>)IgotHeaders.UsersB1 }.Concat(users.Select(u => (IReadOnlyList<string>)IgotHeaders.UsersB1.Select(h => ReportFiles.Value(h, u)).ToList()));
}
