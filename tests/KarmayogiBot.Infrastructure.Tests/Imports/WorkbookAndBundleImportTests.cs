using ICSharpCode.SharpZipLib.Zip;
using KarmayogiBot.Domain.Compliance;
using KarmayogiBot.Domain.Officers;
using KarmayogiBot.Infrastructure.Imports;

namespace KarmayogiBot.Infrastructure.Tests.Imports;

public sealed class WorkbookAndBundleImportTests : ImportTestBase
{
    private static readonly Progress[] Users = [new(Asha, "", Designation: "Superintendent (CGST)"), new(Vijay, "", Designation: "Assistant Commissioner (Customs)")];

    private static readonly Progress[] Courses = [new(Asha, "Noting and Drafting"), new(Vijay, "Prosecution in Customs", "in-progress", "60", "")];

    [Fact]
    public async Task ImportAsync_ConsumptionReportAsWorkbook_StoresRecords()
    {
        var header = IgotHeaders.ConsumptionA2;
        var file = Workbooks.Write(Folder.File("ConsumptionReport.xlsx"),
            new[] { (IReadOnlyList<string>)header }.Concat(Courses.Select(r => (IReadOnlyList<string>)header.Select(h => ReportFiles.Value(h, r)).ToList())));

        var outcome = await ImportAsync(file);

        Assert.True(outcome.Committed, string.Join("\n", outcome.Problems));
        Assert.Equal(CourseProgress.Completed, (await Store.RecordAsync("CB1", "noting-and-drafting"))!.Record.Progress);
        Assert.Equal(60m, (await Store.RecordAsync("CB2", "prosecution-in-customs"))!.Record.ProgressPercent);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(256)]
    public async Task ImportAsync_PasswordProtectedBundle_ImportsProfilesAndRecordsInOneGo(int aesKeySize)
    {
        var zip = Bundle("reports.zip", "s3cret", aesKeySize);

        var outcome = await ImportAsync(zip, new ImportOptions(Password: "s3cret"));

        Assert.True(outcome.Committed, string.Join("\n", outcome.Problems));
        Assert.Equal(["reports.zip:mdoid=0123/UserReport.csv", "reports.zip:mdoid=0123/ConsumptionReport.csv"], outcome.Files.Select(f => f.File));
        Assert.Equal([ImportKind.IgotUsers, ImportKind.IgotConsumption], outcome.Files.Select(f => f.Kind));
        Assert.Contains(outcome.Notes, n => n.Contains("ContentReport.csv", StringComparison.Ordinal));
        Assert.Equal("Superintendent (CGST)", (await Store.Records.GetAsync("CB1"))!.Profile!.Designation);
        Assert.Equal(CourseProgress.InProgress, (await Store.RecordAsync("CB2", "prosecution-in-customs"))!.Record.Progress);
    }

    [Fact]
    public async Task ImportAsync_BundleWithoutPassword_AsksForIt()
    {
        var zip = Bundle("reports.zip", "s3cret", 0);

        var error = await Assert.ThrowsAsync<PasswordRequiredException>(() => ImportAsync(zip));

        Assert.Contains("--password", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, await Store.CountAsync("course_records"));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(256)]
    public async Task ImportAsync_BundleWithWrongPassword_SaysSoAndChangesNothing(int aesKeySize)
    {
        var zip = Bundle("reports.zip", "s3cret", aesKeySize);

        var error = await Assert.ThrowsAsync<PasswordRequiredException>(() => ImportAsync(zip, new ImportOptions(Password: "guess")));

        Assert.Contains("wrong", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, await Store.CountAsync("course_records"));
        Assert.Equal(0, await Store.CountAsync("igot_profiles"));
    }

    [Fact]
    public async Task ImportAsync_BundleWithABadRow_ChangesNothingInAnyFile()
    {
        var zip = Bundle("reports.zip", "s3cret", 0, [.. Courses, new("", "Noting and Drafting")]);

        var outcome = await ImportAsync(zip, new ImportOptions(Password: "s3cret"));

        Assert.False(outcome.Committed);
        Assert.Equal("reports.zip:mdoid=0123/ConsumptionReport.csv", Assert.Single(outcome.Problems).File);
        Assert.Equal(0, await Store.CountAsync("igot_profiles"));
    }

    private string Bundle(string name, string password, int aesKeySize, Progress[]? courses = null)
    {
        var path = Folder.File(name);
        using var zip = new ZipOutputStream(File.Create(path)) { Password = password };
        Add(zip, "mdoid=0123/ConsumptionReport.csv", ReportFiles.Text(IgotHeaders.ConsumptionA1NoMdoid, courses ?? Courses), aesKeySize);
        Add(zip, "mdoid=0123/UserReport.csv", ReportFiles.Text(IgotHeaders.UsersB1, Users), aesKeySize);
        Add(zip, "mdoid=0123/ContentReport.csv", "Content_Status,Content_Provider\nLive,NACIN\n", aesKeySize);
        return path;
    }

    private static void Add(ZipOutputStream zip, string name, string text, int aesKeySize)
    {
        zip.PutNextEntry(new ZipEntry(name) { AESKeySize = aesKeySize });
        var bytes = System.Text.Encoding.UTF8.GetBytes(text);
        zip.Write(bytes, 0, bytes.Length);
        zip.CloseEntry();
    }
}
