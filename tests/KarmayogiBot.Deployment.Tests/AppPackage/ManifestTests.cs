using System.Text.Json.Nodes;
using KarmayogiBot.Assistant.Understanding;
using KarmayogiBot.Deployment.Tests.Support;
using KarmayogiBot.Domain.Catalog.Loading;

namespace KarmayogiBot.Deployment.Tests.AppPackage;

/// <summary>
/// appPackage/manifest.json against the bot (the schema and the icons are checked by scripts/validate-manifest.sh):
/// every command Teams offers is one the assistant understands as that command.
/// </summary>
public sealed class ManifestTests
{
    private static readonly JsonObject Manifest = JsonNode.Parse(File.ReadAllText(RepositoryRoot.File("appPackage", "manifest.json")))!.AsObject();

    private static readonly IntentRecognizer Recognizer = new(CatalogLoader.LoadDefault());

    public static TheoryData<string, Intent> Commands() => new()
    {
        { "my courses", Intent.Courses },
        { "my status", Intent.Status },
        { "deadline", Intent.Deadline },
        { "designation on iGOT", Intent.Designation },
        { "my team", Intent.Team },
        { "help", Intent.Help },
        { "summary", Intent.ZoneSummary },
        { "defaulters", Intent.Defaulters },
        { "export", Intent.Export },
        { "nudge status", Intent.NudgeStatus },
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public void Command_Title_IsUnderstoodAsItsIntent(string title, Intent intent)
    {
        Assert.Equal(intent, Recognizer.Understand(title).Intent);
    }

    [Fact]
    public void CommandLists_OfferExactlyTheCommandsTested()
    {
        var titles = Bot["commandLists"]!.AsArray().SelectMany(l => l!["commands"]!.AsArray()).Select(c => (string)c!["title"]!).Distinct();

        Assert.Equal(Commands().Select(row => (string)row[0]).Order(StringComparer.Ordinal), titles.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Bot_IsPersonalWithNodalCommandsInTeams_AndTakesFilesForNodalImports()
    {
        Assert.Equal(["personal", "team"], Bot["scopes"]!.AsArray().Select(s => (string)s!));
        Assert.True((bool)Bot["supportsFiles"]!); // nodal officers drop iGOT reports and rosters into the personal chat
        var team = Bot["commandLists"]!.AsArray().Single(l => l!["scopes"]!.AsArray().Any(s => (string)s! == "team"))!;
        var teamIntents = team["commands"]!.AsArray().Select(c => Recognizer.Understand((string)c!["title"]!).Intent).ToList();
        Assert.Contains(Intent.ZoneSummary, teamIntents);
        Assert.DoesNotContain(Intent.Status, teamIntents);
    }

    [Fact]
    public void Ids_ArePlaceholdersForTheBotsAppId()
    {
        const string placeholder = "00000000-0000-0000-0000-000000000000";

        Assert.Equal(placeholder, (string?)Manifest["id"]);
        Assert.Equal(placeholder, (string?)Bot["botId"]);
    }

    private static JsonObject Bot => Manifest["bots"]!.AsArray().Single()!.AsObject();
}
