using System.Text.Json;
using KarmayogiBot.Domain.Catalog;
using KarmayogiBot.Worker.Commands;
using KarmayogiBot.Worker.Hosting;
using KarmayogiBot.Worker.SampleZone;
using KarmayogiBot.Testing;

namespace KarmayogiBot.Worker.Tests.SampleZone;

/// <summary>
/// <c>worker sample-zone</c>: what it writes, that the same seed writes the same files, that each option shows in the
/// files and in expected.json alike, and that the zone imported gives expected.json's totals.
/// </summary>
public sealed class SampleZoneCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void SampleZone_SameSeed_WritesTheSameFiles_AnotherSeedOthers()
    {
        Generate("a", "--officers", "80", "--seed", "5");
        Generate("b", "--officers", "80", "--seed", "5");
        Generate("c", "--officers", "80", "--seed", "6");

        foreach (var file in new[] { "roster.csv", "ConsumptionReport.csv", "UserReport.csv", "expected.json" })
        {
            Assert.Equal(File.ReadAllText(_folder.File($"a/{file}")), File.ReadAllText(_folder.File($"b/{file}")));
            Assert.NotEqual(File.ReadAllText(_folder.File($"a/{file}")), File.ReadAllText(_folder.File($"c/{file}")));
        }

        Assert.False(File.Exists(_folder.File("a/roster-next.csv")));
    }

    [Fact]
    public async Task SampleZone_Imported_GivesExpectedJsonsTotals()
    {
        Generate("zone", "--officers", "150", "--seed", "3", "--zone", "Pune CGST Zone", "--as-of", "2026-02-10");
        using var expected = Expected("zone/expected.json");
        Assert.Equal(150, expected.RootElement.GetProperty("officers").EnumerateObject().Count());
        Assert.Contains("Pune", File.ReadLines(_folder.File("zone/roster.csv")).ElementAt(1));

        var summary = await ImportAndSummarizeAsync("zone", "Pune CGST Zone", "2026-02-10");

        var totals = expected.RootElement.GetProperty("totals");
        Assert.Equal(totals.GetProperty("officers").GetInt32(), summary.GetProperty("totals").GetProperty("officers").GetInt32());
        Assert.Equal(totals.GetProperty("compliant").GetInt32(), summary.GetProperty("totals").GetProperty("compliant").GetInt32());
        Assert.Equal(totals.GetProperty("assessment_passed").GetInt32(), summary.GetProperty("totals").GetProperty("assessmentPassed").GetInt32());
        Assert.Equal(totals.GetProperty("designation_ok").GetInt32(), summary.GetProperty("totals").GetProperty("designationCorrect").GetInt32());
        Assert.InRange(totals.GetProperty("compliant").GetInt32(), 1, 149);
    }

    /// <summary>Each generation's own columns; the users export of those days is the Scala one (no Employee_Id).</summary>
    [Theory]
    [InlineData("2025-09", "MDO_Name", "Cadre")]
    [InlineData("2024-08", "Content_Name", "MDO_Name")]
    [InlineData("2024-02", "CBP_Name", "Live_CBP_Plan_Mandate")]
    public async Task SampleZone_OlderHeaderGeneration_IsWritten_AndImports(string generation, string present, string absent)
    {
        Generate("zone", "--officers", "60", "--seed", "9", "--igot-headers", generation);
        var consumption = File.ReadLines(_folder.File("zone/ConsumptionReport.csv")).First().Split(',');
        var users = File.ReadLines(_folder.File("zone/UserReport.csv")).First().Split(',');
        Assert.Contains(present, consumption);
        Assert.DoesNotContain(absent, consumption);
        Assert.Contains("Verified Karmayogi", users);
        Assert.DoesNotContain("Employee_Id", users);
        using var expected = Expected("zone/expected.json");

        var summary = await ImportAndSummarizeAsync("zone", "Chennai CGST Zone", "2026-03-20");

        Assert.Equal(expected.RootElement.GetProperty("totals").GetProperty("compliant").GetInt32(), summary.GetProperty("totals").GetProperty("compliant").GetInt32());
        Assert.Equal(expected.RootElement.GetProperty("totals").GetProperty("designation_ok").GetInt32(), summary.GetProperty("totals").GetProperty("designationCorrect").GetInt32());
    }

    [Fact]
    public void SampleZone_Unregistered_AreInNeitherExport_AndMarkedSo()
    {
        Generate("zone", "--officers", "200", "--seed", "4", "--unregistered", "0.2");
        using var expected = Expected("zone/expected.json");
        var officers = expected.RootElement.GetProperty("officers").EnumerateObject().ToList();
        var unregistered = officers.Where(o => !o.Value.GetProperty("registered").GetBoolean()).Select(o => o.Name).ToList();

        Assert.InRange(unregistered.Count, 20, 60);
        Assert.Equal(200 - unregistered.Count, expected.RootElement.GetProperty("totals").GetProperty("registered").GetInt32());
        var users = File.ReadAllText(_folder.File("zone/UserReport.csv"));
        var consumption = File.ReadAllText(_folder.File("zone/ConsumptionReport.csv"));
        Assert.All(unregistered, email => Assert.DoesNotContain(email, users + consumption));
        Assert.All(officers.Where(o => !o.Value.GetProperty("registered").GetBoolean()), o =>
        {
            Assert.False(o.Value.GetProperty("compliant").GetBoolean());
            Assert.Empty(o.Value.GetProperty("completed").EnumerateArray());
        });
        Assert.Equal(201 - unregistered.Count, File.ReadLines(_folder.File("zone/UserReport.csv")).Count());
    }

    [Fact]
    public void SampleZone_OtherZoneOfficers_AreInTheExports_NotTheRoster_AndLeaveTheZoneAsItWas()
    {
        Generate("plain", "--officers", "100", "--seed", "2");
        Generate("wide", "--officers", "100", "--seed", "2", "--other-zone-officers", "250");
        using var expected = Expected("wide/expected.json");

        Assert.Equal(250, expected.RootElement.GetProperty("outside_zone").GetInt32());
        Assert.Equal(351, File.ReadLines(_folder.File("wide/UserReport.csv")).Count());
        Assert.Equal(250, File.ReadLines(_folder.File("wide/UserReport.csv")).Count(l => l.Contains("Mumbai", StringComparison.Ordinal)));
        Assert.Equal(File.ReadAllText(_folder.File("plain/roster.csv")), File.ReadAllText(_folder.File("wide/roster.csv")));
        Assert.StartsWith(File.ReadAllText(_folder.File("plain/ConsumptionReport.csv")), File.ReadAllText(_folder.File("wide/ConsumptionReport.csv")), StringComparison.Ordinal);
        using var plain = Expected("plain/expected.json");
        Assert.Equal(plain.RootElement.GetProperty("totals").GetRawText(), expected.RootElement.GetProperty("totals").GetRawText());
    }

    [Fact]
    public void SampleZone_Transfers_WriteTheNextRoster_WithLeaversGone_AndJoinersNotOnIgot()
    {
        Generate("zone", "--officers", "120", "--seed", "8", "--transfers", "10");
        using var next = Expected("zone/expected-next.json");
        var leavers = next.RootElement.GetProperty("transferred_out").EnumerateArray().Select(c => c.GetString()!).ToList();
        var joiners = next.RootElement.GetProperty("joined").EnumerateArray().Select(c => c.GetString()!).ToList();

        Assert.Equal(10, leavers.Count);
        Assert.Equal(Enumerable.Range(121, 10).Select(n => $"CB{n:D6}"), joiners);
        var roster = File.ReadAllText(_folder.File("zone/roster.csv"));
        var nextRoster = File.ReadAllText(_folder.File("zone/roster-next.csv"));
        Assert.All(leavers, code => Assert.Contains(code, roster));
        Assert.All(leavers, code => Assert.DoesNotContain(code, nextRoster));
        Assert.All(joiners, code => Assert.Contains(code, nextRoster));
        Assert.All(joiners, code => Assert.DoesNotContain(code, File.ReadAllText(_folder.File("zone/UserReport.csv"))));
        Assert.Equal(120, next.RootElement.GetProperty("totals").GetProperty("officers").GetInt32());
        Assert.Equal(110, next.RootElement.GetProperty("totals").GetProperty("registered").GetInt32());
    }

    [Fact]
    public void SampleZone_Supervisors_GiveEachOfficerASeniorInTheirFormation()
    {
        Generate("zone", "--officers", "150", "--seed", "12", "--supervisors");
        using var expected = Expected("zone/expected.json");
        var officers = expected.RootElement.GetProperty("officers").EnumerateObject().Select(o => o.Value).ToDictionary(o => o.GetProperty("employee_code").GetString()!);

        Assert.EndsWith(",Reporting Officer", File.ReadLines(_folder.File("zone/roster.csv")).First(), StringComparison.Ordinal);
        var teams = expected.RootElement.GetProperty("teams").EnumerateObject().ToList();
        Assert.NotEmpty(teams);
        Assert.Equal(officers.Values.Count(o => o.GetProperty("reports_to").ValueKind == JsonValueKind.String), teams.Sum(t => t.Value.GetProperty("officers").GetInt32()));
        foreach (var team in teams)
        {
            Assert.All(team.Value.GetProperty("members").EnumerateArray(), m => Assert.Equal(team.Name, officers[m.GetString()!].GetProperty("reports_to").GetString()));
        }
    }

    [Theory]
    [InlineData("--officers", "0")]
    [InlineData("--officers", "many")]
    [InlineData("--unregistered", "5")]
    [InlineData("--as-of", "2024-01-01")]
    [InlineData("--transfers", "500")]
    [InlineData("--igot-headers", "2019-01")]
    [InlineData("--zone", "Mumbai Customs Zone II")]
    public void SampleZone_BadOption_IsRefused_WithTheOptionNamed(string option, string value)
    {
        var error = Assert.Throws<CommandLineException>(() => SampleZoneCommand.Run(["--out", _folder.File("zone"), "--other-zone-officers", "5", option, value], TextWriter.Null));

        Assert.Contains(option, error.Message);
        Assert.False(Directory.Exists(_folder.File("zone")));
    }

    [Fact]
    public void Model_WithAMistake_NamesTheFileAndLine()
    {
        var yaml = ShippedModel().Replace("  started: 0.4", "  started: 1.4", StringComparison.Ordinal);

        var error = Assert.Throws<CatalogException>(() => SampleZoneModelLoader.Load(yaml));

        Assert.Equal(SampleZoneModelLoader.FileName, error.File);
        Assert.Equal(yaml.Split('\n').ToList().FindIndex(l => l.StartsWith("  started:", StringComparison.Ordinal)) + 1, error.Line);
        Assert.Contains("'started' must be a chance", error.Reason);
    }

    [Fact]
    public void Model_EveryCourseAndAssessment_IsOneTheCatalogKnows()
    {
        var catalog = TestCatalog.Instance;
        var model = SampleZoneModelLoader.Default;
        var plan = catalog.FindCycle(model.CycleId)!;

        foreach (var role in model.Roles)
        {
            var planned = plan.Roles.Single(r => r.Id == role.Id);
            Assert.Equal(planned.Courses.Select(c => c.Course.Id), role.Courses.Select(c => catalog.CourseNames.Match(c.Name)?.Id));
            Assert.Equal(planned.Courses.Select(c => c.Assessed), role.Courses.Select(c => c.Assessed));
            Assert.All(role.Designations, d => Assert.Contains(d.Igot, planned.IgotDesignations));
        }
    }

    private static string ShippedModel()
    {
        using var resource = typeof(SampleZoneModelLoader).Assembly.GetManifestResourceStream(SampleZoneModelLoader.FileName)!;
        return new StreamReader(resource).ReadToEnd();
    }

    private void Generate(string folder, params string[] args)
    {
        var output = new StringWriter();
        Assert.Equal(ExitCodes.Ok, SampleZoneCommand.Run([.. args, "--out", _folder.File(folder)], output));
        Assert.Contains("progress rows", output.ToString());
    }

    private JsonDocument Expected(string file) => JsonDocument.Parse(File.ReadAllText(_folder.File(file)));

    private async Task<JsonElement> ImportAndSummarizeAsync(string folder, string zone, string asOf)
    {
        using var host = CommandHost.Build("import", [], new Dictionary<string, string?> { ["ConnectionStrings:Karmayogi"] = $"Data Source={_folder.File(folder + ".db")}" });
        var services = host.Services;
        foreach (var (kind, file) in new[] { ("roster", "roster.csv"), ("igot", "UserReport.csv"), ("igot", "ConsumptionReport.csv") })
        {
            var output = new StringWriter();
            Assert.True(await ImportCommand.RunAsync([kind, _folder.File($"{folder}/{file}")], services, output) == ExitCodes.Ok, output.ToString());
        }

        var summary = new StringWriter();
        Assert.Equal(ExitCodes.Ok, await SummaryCommand.RunAsync(["--zone", zone, "--as-of", asOf, "--json"], services, summary));
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        return JsonDocument.Parse(summary.ToString()).RootElement.Clone();
    }
}
