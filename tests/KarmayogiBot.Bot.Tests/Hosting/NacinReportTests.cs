extern alias worker;

using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using KarmayogiBot.Infrastructure.Imports;
using KarmayogiBot.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Microsoft.VisualBasic.FileIO;
using RichardSzalay.MockHttp;
using worker::KarmayogiBot.Worker.SampleZone;

namespace KarmayogiBot.Bot.Tests.Hosting;

/// <summary>
/// The fortnightly report for NACIN's iGOT Cell, asked in the chat on 16.03.2026 (it covers 01.03–15.03): two sample
/// zones (worker sample-zone) imported into the bot's store, the workbook behind the reply's link read back and its
/// rows checked against what the generated files say, worked out here from ConsumptionReport.csv and expected.json.
/// </summary>
public sealed class NacinReportTests : IAsyncLifetime
{
    private const string Connector = "http://127.0.0.1:59998/";
    private static readonly DateOnly From = new(2026, 3, 1);
    private static readonly DateOnly To = new(2026, 3, 15);
    private readonly string _folder = Directory.CreateTempSubdirectory("nacin-zones-").FullName;
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 16, 6, 0, 0, TimeSpan.Zero));
    private BotHostFactory _host = null!;
    private Zone _chennai = null!;
    private Zone _mumbai = null!;
    private string _admin = null!;

    public async Task InitializeAsync()
    {
        _chennai = Generate("chennai", "Chennai CGST Zone", seed: 11, codes: null);
        _mumbai = Generate("mumbai", "Mumbai CGST Zone", seed: 12, codes: ("CB0", "MB0"));

        // An admin: one of Chennai's officers, made Admin in the roster.
        var roster = Path.Combine(_chennai.Folder, "roster.csv");
        var lines = File.ReadAllLines(roster);
        var at = Array.FindLastIndex(lines, l => l.Contains(",Officer,", StringComparison.Ordinal));
        lines[at] = lines[at].Replace(",Officer,", ",Admin,", StringComparison.Ordinal);
        File.WriteAllLines(roster, lines);
        _admin = _chennai.Officers.First(o => lines[at].Contains("," + o.Value.GetProperty("employee_code").GetString() + ",", StringComparison.Ordinal)).Name;

        _host = new BotHostFactory(services: s => s.AddSingleton<TimeProvider>(_clock));
        _ = _host.Server;
        var rosters = _host.Services.GetRequiredService<RosterImporter>();
        var igot = _host.Services.GetRequiredService<IgotImporter>();
        foreach (var zone in new[] { _chennai, _mumbai })
        {
            Assert.True((await rosters.ImportAsync(Path.Combine(zone.Folder, "roster.csv"))).Committed);
            Assert.True((await igot.ImportAsync(Path.Combine(zone.Folder, "UserReport.csv"))).Committed);
            Assert.True((await igot.ImportAsync(Path.Combine(zone.Folder, "ConsumptionReport.csv"))).Committed);
        }
    }

    public Task DisposeAsync()
    {
        _host.Dispose();
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task FortnightlyReport_FromTheNodalOfficer_LinksTheWorkbookWhoseRowsAreTheZonesCompletionsInTheFortnight()
    {
        var nodal = _chennai.Officers.First(o => o.Value.GetProperty("role_in_product").GetString() == "Nodal").Name;

        var card = await _host.AskAsync(Connector, nodal, "fortnightly report");
        var sheets = await DownloadAsync(card);

        Assert.Contains("Courses completed from 01.03.2026 to 15.03.2026 (the fortnight of the report of 16.03.2026).", card.ToJsonString(Unescaped));
        var rows = Rows(sheets["Courses completed"], out var header);
        Assert.Equal(["Sl. No", "Employee Code/ID", "Name of the Officer", "Designation", "Contact Number", "Gov e-mail ID", "Formation"], header.Take(7));
        var expected = _chennai.Completions();
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), rows.Select(r => r[1]));
        Assert.Equal(Enumerable.Range(1, rows.Count).Select(n => n.ToString(CultureInfo.InvariantCulture)), rows.Select(r => r[0]));
        foreach (var row in rows)
        {
            var officer = _chennai.ByCode[row[1]];
            Assert.Equal(
                [officer.GetProperty("name").GetString(), officer.GetProperty("hr_designation").GetString(), _chennai.Mobile[row[1]], _chennai.Email[row[1]], officer.GetProperty("formation").GetString()],
                row.Skip(2).Take(5));
            AssertCourses(expected[row[1]], row[7], row[8]);
            Assert.Equal(officer.GetProperty("compliant").GetBoolean() ? "Yes" : "No", row[9]);
        }

        var totals = Rows(sheets["Totals"], out var totalsHeader);
        Assert.Equal("Registered on iGOT", totalsHeader[2]);
        Assert.Equal([_chennai.TotalsLine("Chennai CGST Zone")], totals);
    }

    [Fact]
    public async Task NacinReport_FromTheAdmin_HasEveryZonesRows_ALinePerZone_AndAllZones()
    {
        var card = await _host.AskAsync(Connector, _admin, "NACIN report");
        Assert.True(card["actions"] is not null, card.ToJsonString(Unescaped));
        var sheets = await DownloadAsync(card);

        var rows = Rows(sheets["Courses completed"], out var header);
        Assert.Equal("Zone", header[6]);
        var expected = _chennai.Completions().Concat(_mumbai.Completions()).ToDictionary();
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), rows.Select(r => r[1]));
        Assert.All(rows, r => Assert.Equal(r[1].StartsWith("MB", StringComparison.Ordinal) ? "Mumbai CGST Zone" : "Chennai CGST Zone", r[6]));
        foreach (var row in rows)
        {
            AssertCourses(expected[row[1]], row[8], row[9]);
        }

        var chennai = _chennai.TotalsLine("Chennai CGST Zone");
        var mumbai = _mumbai.TotalsLine("Mumbai CGST Zone");
        var all = chennai.Skip(1).Zip(mumbai.Skip(1), (a, b) => (int.Parse(a, CultureInfo.InvariantCulture) + int.Parse(b, CultureInfo.InvariantCulture)).ToString(CultureInfo.InvariantCulture));
        Assert.Equal([chennai, mumbai, ["All zones", .. all]], Rows(sheets["Totals"], out _));
    }

    [Fact]
    public async Task NacinReport_FromAnOrdinaryOfficer_IsRefused_WithNoLink()
    {
        var officer = _chennai.Officers.First(o => o.Value.GetProperty("role_in_product").GetString() == "Officer").Name;

        var card = await _host.AskAsync(Connector, officer, "NACIN report");

        var text = card.ToJsonString(Unescaped);
        Assert.Contains("made by your zone's nodal officer", text);
        Assert.DoesNotContain("/exports/", text);
        Assert.DoesNotContain("FactSet", text);
    }

    private static readonly JsonSerializerOptions Unescaped = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The workbook's count, course list and dates are the ones the ConsumptionReport shows for the officer in the fortnight.</summary>
    private static void AssertCourses(IReadOnlyList<(string Name, DateOnly Day)> expected, string count, string courses)
    {
        Assert.Equal(expected.Count.ToString(CultureInfo.InvariantCulture), count);
        var listed = courses.Split("; ").Select(c =>
        {
            var open = c.LastIndexOf(" (", StringComparison.Ordinal);
            return (Name: c[..open], Day: DateOnly.ParseExact(c[(open + 2)..^1], "dd.MM.yyyy", CultureInfo.InvariantCulture));
        }).ToList();
        Assert.Equal(expected.Select(e => e.Day).Order(), listed.Select(l => l.Day).Order());
        foreach (var (name, day) in expected)
        {
            // iGOT spells some courses differently (the generator's variants): the same words, letters and digits only.
            Assert.Contains(listed, l => l.Day == day && (Words(l.Name).Contains(Words(name), StringComparison.Ordinal) || Words(name).Contains(Words(l.Name), StringComparison.Ordinal)));
        }
    }

    private static string Words(string name) =>
        new(name.Replace("&", "and", StringComparison.Ordinal).ToLowerInvariant().Where(char.IsLetterOrDigit).ToArray());

    /// <summary>The sheet's rows under its header row (the one that starts "Sl. No" or "Zone").</summary>
    private static List<List<string>> Rows(List<List<string>> sheet, out List<string> header)
    {
        var at = sheet.FindIndex(r => r.FirstOrDefault() is "Sl. No" or "Zone");
        header = sheet[at];
        return sheet.Skip(at + 1).ToList();
    }

    private async Task<Dictionary<string, List<List<string>>>> DownloadAsync(JsonObject card)
    {
        var url = new Uri(card["actions"]!.AsArray().Last(a => a!["type"]!.GetValue<string>() == "Action.OpenUrl")!["url"]!.GetValue<string>());
        var response = await _host.CreateClient().GetAsync(url.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var path = Path.Combine(_folder, Guid.NewGuid().ToString("N") + ".xlsx");
        await File.WriteAllBytesAsync(path, await response.Content.ReadAsByteArrayAsync());
        return Workbooks.Read(path);
    }

    private Zone Generate(string name, string zone, int seed, (string From, string To)? codes)
    {
        var folder = Path.Combine(_folder, name);
        Assert.Equal(0, SampleZoneCommand.Run(["--officers", "150", "--seed", seed.ToString(CultureInfo.InvariantCulture), "--zone", zone, "--as-of", "2026-03-16", "--unregistered", "0.1", "--out", folder], TextWriter.Null));
        if (codes is var (from, to))
        {
            // A second zone: its own employee codes and e-mails (the generator numbers every zone CB000001 on).
            foreach (var file in Directory.GetFiles(folder))
            {
                File.WriteAllText(file, File.ReadAllText(file).Replace(from, to, StringComparison.Ordinal).Replace("@example.gov.in", "@mb.example.gov.in", StringComparison.Ordinal));
            }
        }

        return new Zone(folder);
    }

    /// <summary>A generated zone's files, read as a person checking the report would: expected.json, the roster, the ConsumptionReport.</summary>
    private sealed class Zone
    {
        public Zone(string folder)
        {
            Folder = folder;
            Expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "expected.json"))).RootElement;
            Officers = [.. Expected.GetProperty("officers").EnumerateObject()];
            ByCode = Officers.ToDictionary(o => o.Value.GetProperty("employee_code").GetString()!, o => o.Value, StringComparer.Ordinal);
            foreach (var row in Csv(Path.Combine(folder, "roster.csv")))
            {
                Mobile[row["Employee Code"]] = row["Contact Number"];
                Email[row["Employee Code"]] = row["Gov e-mail ID"];
            }
        }

        public string Folder { get; }

        public JsonElement Expected { get; }

        public List<JsonProperty> Officers { get; }

        public Dictionary<string, JsonElement> ByCode { get; }

        public Dictionary<string, string> Mobile { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, string> Email { get; } = new(StringComparer.Ordinal);

        /// <summary>
        /// Employee code → the plan's courses (mandated for the officer, the assessment apart) the ConsumptionReport shows
        /// completed from 01.03 to 15.03, with the day; only officers with at least one.
        /// </summary>
        public Dictionary<string, IReadOnlyList<(string Name, DateOnly Day)>> Completions()
        {
            var codeOf = Officers.ToDictionary(o => o.Name, o => o.Value.GetProperty("employee_code").GetString()!, StringComparer.OrdinalIgnoreCase);
            var result = new Dictionary<string, List<(string, DateOnly)>>(StringComparer.Ordinal);
            foreach (var row in Csv(Path.Combine(Folder, "ConsumptionReport.csv")))
            {
                if (!codeOf.TryGetValue(row["Email"], out var code) || row["Live_CBP_Plan_Mandate"] != "true" || row["Status"] != "completed" || row["Content_Type"] != "Course")
                {
                    continue;
                }

                var day = DateOnly.ParseExact(row["Completed_On"][..10], "yyyy-MM-dd", CultureInfo.InvariantCulture);
                if (day >= From && day <= To)
                {
                    (result.TryGetValue(code, out var list) ? list : result[code] = []).Add((row["Content_Name"], day));
                }
            }

            return result.ToDictionary(r => r.Key, r => (IReadOnlyList<(string, DateOnly)>)r.Value, StringComparer.Ordinal);
        }

        /// <summary>The Totals line: zone, officers, registered, not registered, fully compliant, officers with completions, courses.</summary>
        public List<string> TotalsLine(string zone)
        {
            var totals = Expected.GetProperty("totals");
            var completions = Completions();
            int[] values =
            [
                totals.GetProperty("officers").GetInt32(), totals.GetProperty("registered").GetInt32(),
                totals.GetProperty("officers").GetInt32() - totals.GetProperty("registered").GetInt32(), totals.GetProperty("compliant").GetInt32(),
                completions.Count, completions.Values.Sum(c => c.Count),
            ];
            return [zone, .. values.Select(v => v.ToString(CultureInfo.InvariantCulture))];
        }

        private static IEnumerable<Dictionary<string, string>> Csv(string path)
        {
            using var parser = new TextFieldParser(path) { TextFieldType = FieldType.Delimited, HasFieldsEnclosedInQuotes = true };
            parser.SetDelimiters(",");
            var header = parser.ReadFields()!;
            while (!parser.EndOfData)
            {
                var fields = parser.ReadFields()!;
                yield return header.Zip(fields).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);
            }
        }
    }
}
