using KarmayogiBot.Worker.Commands;
using KarmayogiBot.Worker.Hosting;
using Microsoft.Extensions.Hosting;

namespace KarmayogiBot.Worker.Tests.Commands;

/// <summary>The worker's import, status and summary commands in the host Program.cs runs them in, on a SQLite file.</summary>
public sealed class CommandTests : IAsyncLifetime
{
    private readonly TempFolder _folder = new();
    private IHost _host = null!;

    private IServiceProvider Services => _host.Services;

    public async Task InitializeAsync()
    {
        _host = CommandHost.Build("import", [], new Dictionary<string, string?> { ["ConnectionStrings:Karmayogi"] = $"Data Source={_folder.File("k.db")}" });
        var (code, output) = await RunAsync(ImportCommand.RunAsync, "roster", ReportFiles.Roster(_folder.File("roster.csv")));
        Assert.True(code == ExitCodes.Ok, output);
    }

    public Task DisposeAsync()
    {
        _host.Dispose();
        _folder.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Import_FileWithBadRows_ExitsRejectedNamingRowsAndChangesNothing()
    {
        var file = ReportFiles.Write(_folder.File("ConsumptionReport.csv"), IgotHeaders.ConsumptionA1NoMdoid,
            [new Progress("asha.rao@example.gov.in", "Noting and Drafting"), new Progress("asha.rao@example.gov.in", "Noting and Drafting", "finished")]);

        var (code, output) = await RunAsync(ImportCommand.RunAsync, "igot", file);

        Assert.Equal(ImportCommand.Rejected, code);
        Assert.Contains("ConsumptionReport.csv, row 3: status 'finished' is not one of", output, StringComparison.Ordinal);
        Assert.Contains("Nothing was changed.", output, StringComparison.Ordinal);
        var (_, status) = await RunAsync(StatusCommand.RunAsync, "--officer", "CB1", "--as-of", "2026-03-20", "--json");
        Assert.Contains("\"courseId\": \"noting-and-drafting\"", status, StringComparison.Ordinal);
        Assert.DoesNotContain("\"status\": \"done\"", status, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_ProblemLines_NameTheRowAndEmployeeCodeNeverAnEmailOrPhone()
    {
        var roster = ReportFiles.Roster(_folder.File("roster-bad.csv"),
            "4,CB4,Ravi Kumar,Inspector,CGST Chennai North Commissionerate,Chennai CGST Zone,ravi.kumar at example.gov.in,9876543210,Officer,",
            "5,CB5,Kavita Shah,Inspector,CGST Chennai North Commissionerate,Chennai CGST Zone,Asha.Rao@example.gov.in,9876543211,Officer,",
            "6,CB6,Uma Pillai,Inspector,CGST Chennai North Commissionerate,Chennai CGST Zone,uma@example.gov.in,9876543212,uma@example.gov.in,",
            "7,CB7,Anil Nair,Inspector,CGST Chennai North Commissionerate,Chennai CGST Zone,anil@example.gov.in,9876543213,+91 98765 43213,");
        var users = ReportFiles.Write(_folder.File("UserReport.csv"), IgotHeaders.UsersB1,
            [new Progress("stranger@example.gov.in", "", Phone: "9123456780", EmployeeId: "MX000024"), new Progress("", "", Phone: "9123456781")]);
        var consumption = ReportFiles.Write(_folder.File("ConsumptionReport.csv"), IgotHeaders.ConsumptionA1NoMdoid,
            [new Progress("asha.rao@example.gov.in", "Noting and Drafting", Status: "9123456782"), new Progress("asha.rao@example.gov.in", "Noting and Drafting", Percent: "x@y.in")]);

        var (rosterCode, rosterOutput) = await RunAsync(ImportCommand.RunAsync, "roster", roster);
        var (usersCode, usersOutput) = await RunAsync(ImportCommand.RunAsync, "igot", users);
        var (consumptionCode, consumptionOutput) = await RunAsync(ImportCommand.RunAsync, "igot", consumption);

        Assert.Equal((ImportCommand.Rejected, ImportCommand.Rejected, ImportCommand.Rejected), (rosterCode, usersCode, consumptionCode));
        Assert.Contains("roster-bad.csv, row 5 (employee code CB4): the e-mail column does not hold an e-mail address", rosterOutput, StringComparison.Ordinal);
        Assert.Contains("roster-bad.csv, row 6 (employee code CB5): the same e-mail address is also on row 2", rosterOutput, StringComparison.Ordinal);
        Assert.Contains("roster-bad.csv, row 7 (employee code CB6): role a value that looks like an e-mail address is not Officer, Nodal or Admin", rosterOutput, StringComparison.Ordinal);
        Assert.Contains("roster-bad.csv, row 8 (employee code CB7): role a value that looks like a phone number is not", rosterOutput, StringComparison.Ordinal);
        Assert.Contains("UserReport.csv: none of its 2 rows is of an officer on the roster (by e-mail, phone or employee code)", usersOutput, StringComparison.Ordinal);
        Assert.Contains("ConsumptionReport.csv, row 2: status a value that looks like a phone number is not", consumptionOutput, StringComparison.Ordinal);
        Assert.Contains("ConsumptionReport.csv, row 3: progress a value that looks like an e-mail address is not", consumptionOutput, StringComparison.Ordinal);
        foreach (var output in new[] { rosterOutput, usersOutput, consumptionOutput })
        {
            Assert.DoesNotMatch(@"[\w.+-]+@[\w-]+\.[\w.-]+", output);
            Assert.DoesNotMatch(@"\+?\d[\d ()-]{8,}\d", output);
        }
    }

    [Fact]
    public async Task Import_RowOverTheCap_SaysTheFileCannotBeReadNotToAcceptPartial()
    {
        var file = ReportFiles.Write(_folder.File("UserReport.csv"), IgotHeaders.UsersB1, [new Progress("asha.rao@example.gov.in", "", Name: new string('A', 70_000))]);

        var (code, output) = await RunAsync(ImportCommand.RunAsync, "igot", file);

        Assert.Equal(ImportCommand.Rejected, code);
        Assert.Contains("UserReport.csv, row 2: the row is longer than 65,536 characters (the limit Import:MaxRowCharacters)", output, StringComparison.Ordinal);
        Assert.Contains("Nothing was changed: the file cannot be read as it is.", output, StringComparison.Ordinal);
        Assert.DoesNotContain("--accept-partial", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_AcceptPartialWithRejects_ImportsGoodRowsAndPrintsSummary()
    {
        var file = ReportFiles.Write(_folder.File("ConsumptionReport.csv"), IgotHeaders.ConsumptionA1NoMdoid,
            [new Progress("asha.rao@example.gov.in", "Noting and Drafting"), new Progress("nobody@example.gov.in", "Noting and Drafting"), new Progress("asha.rao@example.gov.in", "Origami"), new Progress("", "Noting and Drafting")]);
        var rejects = _folder.File("rejected.csv");

        var (code, output) = await RunAsync(ImportCommand.RunAsync, "igot", file, "--accept-partial", "--rejects", rejects);

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("rows read 4; officers matched 1, unmatched 2", output, StringComparison.Ordinal);
        Assert.Contains("  1 row of an officer outside this zone's roster skipped", output, StringComparison.Ordinal);
        Assert.Contains("course records: added 1, updated 0, unchanged 0; rows rejected 1; rows of other courses (skipped) 1", output, StringComparison.Ordinal);
        Assert.Contains($"Rejected rows, with reasons: {rejects}", output, StringComparison.Ordinal);
        Assert.Equal(2, File.ReadAllLines(rejects).Length);
    }

    [Fact]
    public async Task Import_BadUsage_IsACommandLineError()
    {
        await Assert.ThrowsAsync<CommandLineException>(() => RunAsync(ImportCommand.RunAsync, "payroll", "x.csv"));
        await Assert.ThrowsAsync<CommandLineException>(() => RunAsync(ImportCommand.RunAsync, "igot", _folder.File("missing.csv")));
    }

    [Fact]
    public async Task Import_BundleWithoutPasswordAndNoTerminal_SaysToGiveIt()
    {
        var zip = _folder.File("reports.zip");
        using (var stream = new ICSharpCode.SharpZipLib.Zip.ZipOutputStream(File.Create(zip)) { Password = "pw" })
        {
            stream.PutNextEntry(new ICSharpCode.SharpZipLib.Zip.ZipEntry("UserReport.csv"));
            var bytes = System.Text.Encoding.UTF8.GetBytes(ReportFiles.Text(IgotHeaders.UsersB1, [new Progress("asha.rao@example.gov.in", "")]));
            stream.Write(bytes, 0, bytes.Length);
        }

        var (code, output) = await RunAsync(ImportCommand.RunAsync, "igot", zip);

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("password-protected: give the password with --password (no terminal to ask for it on)", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_WrongIgotDesignation_SaysItHidesThePlan()
    {
        var users = ReportFiles.Write(_folder.File("UserReport.csv"), IgotHeaders.UsersB1, [new Progress("asha.rao@example.gov.in", "", Designation: "Superintendent")]);
        await RunAsync(ImportCommand.RunAsync, "igot", users);

        var (code, output) = await RunAsync(StatusCommand.RunAsync, "--officer", "ASHA.RAO@example.gov.in", "--as-of", "2026-03-20");

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("Role: Superintendent and Inspector (CGST)", output, StringComparison.Ordinal);
        Assert.Contains("[pending] Noting and Drafting by ISTM (in the assessment)", output, StringComparison.Ordinal);
        Assert.Contains("11 days left", output, StringComparison.Ordinal);
        Assert.Contains("'Superintendent' is not the one to select ('Superintendent (CGST)'): a mismatch hides the training plan on iGOT", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_UnknownOfficer_ExitsUnknown()
    {
        var (code, output) = await RunAsync(StatusCommand.RunAsync, "--officer", "ZZ9", "--as-of", "2026-03-20");

        Assert.Equal(ExitCodes.Unknown, code);
        Assert.Contains("No officer in the roster has employee code ZZ9.", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_AfterTheDeadline_ShowsOverdue()
    {
        var (_, output) = await RunAsync(StatusCommand.RunAsync, "--officer", "CB3", "--as-of", "2026-04-02", "--json");

        Assert.Contains("\"status\": \"overdue\"", output, StringComparison.Ordinal);
        Assert.Contains("\"overdue\": true", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_BadDate_IsACommandLineError()
    {
        var error = await Assert.ThrowsAsync<CommandLineException>(() => RunAsync(StatusCommand.RunAsync, "--officer", "CB1", "--as-of", "20-03-2026"));

        Assert.Contains("yyyy-mm-dd", error.Message, StringComparison.Ordinal);
    }

    /// <summary>The summary names the iGOT report it reflects, and warns once it is older than 15 days (Worker:Summaries:StaleReportDays).</summary>
    [Fact]
    public async Task Summary_SaysTheIgotReportsDateAndWarnsWhenItIsOld()
    {
        var file = ReportFiles.Write(_folder.File("ConsumptionReport.csv"), IgotHeaders.ConsumptionA1NoMdoid, [new Progress("asha.rao@example.gov.in", "Noting and Drafting")]);
        Assert.Equal(ExitCodes.Ok, (await RunAsync(ImportCommand.RunAsync, "igot", file)).Item1);

        var (_, fresh) = await RunAsync(SummaryCommand.RunAsync, "--as-of", "2026-04-04");
        var (_, old) = await RunAsync(SummaryCommand.RunAsync, "--as-of", "2026-04-05");

        Assert.Contains("From the iGOT report of 20.03.2026; courses completed since show from the next import.", fresh, StringComparison.Ordinal);
        Assert.DoesNotContain("Warning", fresh, StringComparison.Ordinal);
        Assert.Contains("Warning: that report is 16 days old (more than 15): import a newer one from iGOT.", old, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Summary_Xlsx_HasSummaryAndDefaultersInTheCircularsFormat()
    {
        var xlsx = _folder.File("out/summary.xlsx");

        var (code, _) = await RunAsync(SummaryCommand.RunAsync, "--formation", "cgst chennai north commissionerate", "--as-of", "2026-03-20", "--xlsx", xlsx);

        Assert.Equal(ExitCodes.Ok, code);
        var sheets = Workbooks.Read(xlsx);
        Assert.Equal(["Summary", "Defaulters"], sheets.Keys);
        Assert.Equal(["Total", "1", "0", "0", "0", "0", "1", "0"], sheets["Summary"].Single(r => r.FirstOrDefault() == "Total"));
        var defaulters = sheets["Defaulters"];
        Assert.Equal(["Sl. No", "Employee Code", "Name of the Officer", "Designation", "Contact Number", "E-mail ID"], defaulters[0].Take(6));
        Assert.Equal(["1", "CB1", "Asha Rao", "Superintendent", "9000000001", "asha.rao@example.gov.in"], defaulters[1].Take(6));
        Assert.Contains("Noting and Drafting", defaulters[1][8], StringComparison.Ordinal);
        Assert.Equal(2, defaulters.Count);
    }

    [Fact]
    public async Task Summary_Xlsx_AfterARosterWithNulAndVerticalTabCells_WritesTheWorkbook()
    {
        var roster = ReportFiles.Roster(_folder.File("roster-pasted.csv"),
            "4,CB4,Ravi\0 Kumar,Inspec\vtor,CGST Chennai North Commissionerate,Chennai CGST Zone,ravi@example.gov.in,9000000004,Officer,");
        var (importCode, importOutput) = await RunAsync(ImportCommand.RunAsync, "roster", roster);
        var xlsx = _folder.File("out/zone.xlsx");

        var (code, _) = await RunAsync(SummaryCommand.RunAsync, "--zone", "Chennai CGST Zone", "--as-of", "2026-03-20", "--xlsx", xlsx);

        Assert.Equal(ExitCodes.Ok, importCode);
        Assert.Contains("1 warning:", importOutput, StringComparison.Ordinal);
        Assert.Contains("roster-pasted.csv, row 5: control characters (such as NUL or vertical tab) removed from columns 'Name of the Officer', 'Designation'", importOutput, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains(Workbooks.Read(xlsx)["Defaulters"], row => row.Contains("CB4") && row.Contains("Ravi Kumar") && row.Contains("Inspector"));
    }

    [Fact]
    public async Task Summary_ZoneNotInTheRoster_ListsTheZonesAndExitsUnknown()
    {
        var (code, output) = await RunAsync(SummaryCommand.RunAsync, "--zone", "Chennai Customs Zone", "--as-of", "2026-03-20");
        var (xlsxCode, _) = await RunAsync(SummaryCommand.RunAsync, "--zone", "Chennai Customs Zone", "--as-of", "2026-03-20", "--xlsx", _folder.File("none.xlsx"));

        Assert.Equal((ExitCodes.Unknown, ExitCodes.Unknown), (code, xlsxCode));
        Assert.Equal(
            "No officer of the roster is in the zone 'Chennai Customs Zone'. The zones in the roster (1):" + Environment.NewLine + "  Chennai CGST Zone (3 officers)" + Environment.NewLine,
            output);
        Assert.False(File.Exists(_folder.File("none.xlsx")));
    }

    [Fact]
    public async Task Summary_BothZoneAndFormation_IsACommandLineError()
    {
        await Assert.ThrowsAsync<CommandLineException>(() => RunAsync(SummaryCommand.RunAsync, "--zone", "Z", "--formation", "F"));
    }

    [Fact]
    public async Task Summary_Text_GivesTotalsAndDefaulters()
    {
        var (code, output) = await RunAsync(SummaryCommand.RunAsync, "--zone", "Chennai CGST Zone", "--as-of", "2026-03-20");

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("Officers 3: fully compliant 0 (0%)", output, StringComparison.Ordinal);
        Assert.Contains("Not yet compliant: 3", output, StringComparison.Ordinal);
        Assert.Contains("CB2 Vijay Iyer, Assistant Commissioner, Chennai Customs (Seaport): 7 to do", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Summary_AfterTheDeadline_SaysHowLongAgoItPassed_AndCountsOneOfficerInTheSingular()
    {
        // Issue 13, small things: "(-247 days left)" and "1 officers".
        var (code, output) = await RunAsync(SummaryCommand.RunAsync, "--zone", "Chennai CGST Zone", "--as-of", "2026-12-03");

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("last date 31.03.2026 (the deadline passed 247 days ago)", output, StringComparison.Ordinal);
        Assert.DoesNotContain("-247", output, StringComparison.Ordinal);
        Assert.Contains(": 1 officer, compliant", output, StringComparison.Ordinal);
        Assert.DoesNotContain(" 1 officers", output, StringComparison.Ordinal);
    }

    private async Task<(int Code, string Output)> RunAsync(Func<IReadOnlyList<string>, IServiceProvider, TextWriter, CancellationToken, Task<int>> command, params string[] args)
    {
        var writer = new StringWriter();
        var code = await command(args, Services, writer, CancellationToken.None);
        return (code, writer.ToString());
    }
}
