using System.Text.Json.Nodes;
using KarmayogiBot.Assistant.Understanding;
using KarmayogiBot.Domain.Compliance;
using KarmayogiBot.Domain.Officers;

namespace KarmayogiBot.Assistant.Tests;

/// <summary>
/// The commands the Teams app manifest offers (appPackage/manifest.json, commandLists) are ones the assistant
/// understands: each reads as the intent it stands for, and asked by whom it is for (an officer, a reporting officer,
/// a nodal officer) gets an answer, not a refusal or "I did not understand".
/// </summary>
public sealed class ManifestCommandTests
{
    /// <summary>What each listed command must read as; a command added to the manifest must be added here.</summary>
    private static readonly Dictionary<string, (Intent Intent, ProductRole AskedBy)> Intended = new(StringComparer.Ordinal)
    {
        ["my courses"] = (Intent.Courses, ProductRole.Officer),
        ["my status"] = (Intent.Status, ProductRole.Officer),
        ["deadline"] = (Intent.Deadline, ProductRole.Officer),
        ["designation on iGOT"] = (Intent.Designation, ProductRole.Officer),
        ["my team"] = (Intent.Team, ProductRole.Officer),
        ["help"] = (Intent.Help, ProductRole.Officer),
        ["summary"] = (Intent.ZoneSummary, ProductRole.Nodal),
        ["defaulters"] = (Intent.Defaulters, ProductRole.Nodal),
        ["export"] = (Intent.Export, ProductRole.Nodal),
        ["nudge status"] = (Intent.NudgeStatus, ProductRole.Nodal),
    };

    public static TheoryData<string, string> Commands
    {
        get
        {
            var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "appPackage", "manifest.json")))!;
            var data = new TheoryData<string, string>();
            foreach (var list in manifest["bots"]![0]!["commandLists"]!.AsArray())
            {
                var scopes = string.Join(",", list!["scopes"]!.AsArray().Select(s => s!.GetValue<string>()));
                foreach (var command in list["commands"]!.AsArray())
                {
                    data.Add(scopes, command!["title"]!.GetValue<string>());
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void ManifestCommand_Read_AsTheIntentItStandsFor(string scopes, string title)
    {
        Assert.True(Intended.ContainsKey(title), $"The manifest's {scopes} list offers \"{title}\", which this test does not know: add what it must read as");
        var reader = new SentenceReader(AssistantHarness.Catalog, new StandingEvaluator(AssistantHarness.Catalog));

        var reading = reader.Read(title, AssistantHarness.Catalog.CurrentPlan(new DateOnly(2026, 3, 20))!).Understood;

        Assert.Equal(Intended[title].Intent, reading.Intent);
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task ManifestCommand_AskedByWhomItIsFor_Answered(string scopes, string title)
    {
        var harness = new AssistantHarness();
        var askedBy = Intended[title].AskedBy;
        var asker = harness.AddOfficer("CB1", "Superintendent", "CGST Chennai North Commissionerate", askedBy);
        harness.AddOfficer("CB2", "Inspector", "CGST Chennai North Commissionerate");

        var reply = await harness.Assistant.ReplyAsync(new AssistantRequest(
            new UserIdentity(asker.AadObjectId!, asker.Name, asker.Email, asker.Email, asker.AadObjectId), asker, title, null, harness.Today));

        Assert.True(reply.Kind == AnswerKind.Answered, $"\"{title}\" ({scopes}) asked by a {askedBy}: {reply.Kind}, read as {reply.Reading}");
    }

    [Fact]
    public void ManifestCommandLists_EachWithinTeamsLimits()
    {
        foreach (var group in Commands.GroupBy(row => (string)row[0]))
        {
            Assert.InRange(group.Count(), 1, 10);
            Assert.All(group, row => Assert.InRange(((string)row[1]).Length, 1, 32));
            Assert.Equal(group.Count(), group.Select(row => (string)row[1]).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        }
    }
}
