using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using KarmayogiBot.Assistant;
using KarmayogiBot.Domain.Catalog;
using KarmayogiBot.Domain.Compliance;
using KarmayogiBot.Domain.Conversations;
using KarmayogiBot.Domain.Nudges;
using KarmayogiBot.Domain.Officers;
using KarmayogiBot.Domain.Reporting;
using KarmayogiBot.Infrastructure.Exports;
using KarmayogiBot.Worker.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace KarmayogiBot.Worker.Tests.Teams;

/// <summary>
/// "My team" over a sample zone with reporting lines (sample-zone --supervisors), imported into a real store: every
/// reporting officer sees exactly their team of expected.json, with its compliance; nobody sees anyone else.
/// </summary>
public sealed partial class MyTeamTests : IAsyncLifetime
{
    private static readonly DateOnly Today = DateOnly.Parse(WorkerZone.AsOf, CultureInfo.InvariantCulture);

    private readonly Dictionary<string, (string[] Members, int Compliant)> _teams = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> _reportsTo = new(StringComparer.Ordinal);
    private WorkerZone _zone = null!;
    private ServiceProvider _services = null!;
    private KarmayogiAssistant _assistant = null!;

    public async Task InitializeAsync()
    {
        _zone = await WorkerZone.CreateAsync(150, seed: 12, supervisors: true);
        using var expected = JsonDocument.Parse(File.ReadAllText(_zone.Folder.File("zone/expected.json")));
        foreach (var team in expected.RootElement.GetProperty("teams").EnumerateObject())
        {
            _teams[team.Name] = (team.Value.GetProperty("members").EnumerateArray().Select(m => m.GetString()!).ToArray(), team.Value.GetProperty("compliant").GetInt32());
        }

        foreach (var officer in expected.RootElement.GetProperty("officers").EnumerateObject())
        {
            _reportsTo[officer.Value.GetProperty("employee_code").GetString()!] = officer.Value.GetProperty("reports_to").GetString();
        }

        _services = _zone.CreateServices();
        var sp = _services;
        _assistant = new KarmayogiAssistant(
            sp.GetRequiredService<TrainingCatalog>(), sp.GetRequiredService<StandingEvaluator>(), sp.GetRequiredService<IOfficerStore>(),
            sp.GetRequiredService<ICourseRecordStore>(), sp.GetRequiredService<IConversationMemoryStore>(), sp.GetRequiredService<ZoneSummaryService>(),
            new WorkbookExports(sp.GetRequiredService<ExportLinks>()), sp.GetRequiredService<INudgeHistory>(), NullLogger<KarmayogiAssistant>.Instance);
    }

    public async Task DisposeAsync() => await _zone.DisposeAsync();

    [Fact]
    public async Task MyTeam_ForEveryReportingOfficer_IsTheirTeamInExpectedJson_WithItsCompliance()
    {
        Assert.True(_teams.Count >= 5, $"only {_teams.Count} teams");
        foreach (var (boss, team) in _teams)
        {
            var reply = await AskAsync(boss, "my team");

            Assert.StartsWith($"**Your team: {team.Compliant} of {team.Members.Length} fully compliant**", reply.Text, StringComparison.Ordinal);
            Assert.Equal(team.Members.Order(StringComparer.Ordinal), Listed(reply.Text).Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public async Task MyTeam_ListsDefaultersFirst_EachWithWhatIsPending()
    {
        var (boss, team) = _teams.First(t => t.Value.Compliant > 0 && t.Value.Compliant < t.Value.Members.Length);

        var lines = (await AskAsync(boss, "team status")).Text.Split('\n').Where(l => OfficerLine().IsMatch(l)).ToList();

        var compliant = lines.Select(l => l.EndsWith(": fully compliant", StringComparison.Ordinal) || l.Contains(": fully compliant; ", StringComparison.Ordinal)).ToList();
        Assert.Equal(team.Compliant, compliant.Count(c => c));
        Assert.Equal(compliant.OrderBy(c => c), compliant); // not yet compliant first
        Assert.All(lines.Where((_, i) => !compliant[i]), l => Assert.Matches(@"\): (overdue: )?\S.+", l));
    }

    [Fact]
    public async Task MyTeam_OfASupervisorWithASupervisor_ShowsNeitherTheirOwnReportingOfficerNorAnotherTeam()
    {
        var (boss, team) = _teams.First(t => _reportsTo[t.Key] is { } above && _teams.ContainsKey(above));
        var above = _reportsTo[boss]!;
        var others = _teams.Where(t => t.Key != boss).SelectMany(t => t.Value.Members).Except(team.Members).ToHashSet(StringComparer.Ordinal);

        var text = (await AskAsync(boss, "who reports to me")).Text;

        Assert.DoesNotContain($"({above},", text, StringComparison.Ordinal);
        Assert.DoesNotContain($"({boss},", text, StringComparison.Ordinal);
        Assert.DoesNotContain(Listed(text), others.Contains);
        Assert.NotEmpty(Listed(text));
    }

    [Fact]
    public async Task MyTeam_OfAnOfficerWithNoReports_SaysSo_InEnglishAndHindi()
    {
        var nobody = _reportsTo.Keys.First(code => !_teams.ContainsKey(code));

        Assert.StartsWith("No officer in your zone's roster names you as their reporting officer", (await AskAsync(nobody, "my team")).Text, StringComparison.Ordinal);
        Assert.StartsWith("आपके अंचल की सूची में किसी अधिकारी ने आपको अपना रिपोर्टिंग अधिकारी नहीं दर्शाया है", (await AskAsync(nobody, "मेरी टीम")).Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("मेरी टीम की स्थिति", "आपकी टीम: ")]
    [InlineData("meri team ka status", "Your team: ")]
    [InlineData("how is my team doing?", "Your team: ")]
    public async Task MyTeam_InHindiAndHinglish_IsTheSameTeam(string question, string title)
    {
        var (boss, team) = _teams.OrderByDescending(t => t.Value.Members.Length).First();

        var reply = await AskAsync(boss, question);

        Assert.StartsWith($"**{title}", reply.Text, StringComparison.Ordinal);
        Assert.Equal(team.Members.Order(StringComparer.Ordinal), Listed(reply.Text).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task MyTeamExport_IsAWorkbookOfTheTeamsDefaultersOnly()
    {
        var (boss, team) = _teams.First(t => t.Value.Compliant < t.Value.Members.Length);

        var reply = await AskAsync(boss, "my team export");

        var link = new Uri(reply.Text.Split('\n')[^1]);
        var file = Assert.Single(Directory.GetFiles(_services.GetRequiredService<ExportLinks>().Folder, link.Segments[^1] + ".*.xlsx"));
        var sheets = KarmayogiBot.Testing.Workbooks.Read(file);
        var codes = sheets["Defaulters"].Skip(1).Select(r => r[1]).ToList();
        Assert.Equal(team.Members.Length - team.Compliant, codes.Count);
        Assert.Subset(team.Members.ToHashSet(StringComparer.Ordinal), codes.ToHashSet(StringComparer.Ordinal));
        Assert.Equal($"Training compliance: Officers reporting to {(await Officer(boss)).Name} ({boss})", sheets["Summary"][0][0]);
    }

    private async Task<Officer> Officer(string code) => (await _services.GetRequiredService<IOfficerStore>().FindByEmployeeCodeAsync(code))!;

    private async Task<ReplyMessage> AskAsync(string code, string text)
    {
        var officer = await Officer(code);
        var replies = await _assistant.ReplyAsync(new AssistantRequest(new UserIdentity(code, officer.Name, officer.Email, null, officer.AadObjectId), officer, text, null, Today));
        return Assert.Single(replies.Messages);
    }

    /// <summary>The employee codes of the officers the reply lists, one a line: "Name (code, designation, formation): ...".</summary>
    private static List<string> Listed(string text) =>
        text.Split('\n').Select(l => OfficerLine().Match(l)).Where(m => m.Success).Select(m => m.Groups["code"].Value).ToList();

    [GeneratedRegex(@"^[^(\n]+ \((?<code>[^,()]+), [^\n]*\): ")]
    private static partial Regex OfficerLine();
}
