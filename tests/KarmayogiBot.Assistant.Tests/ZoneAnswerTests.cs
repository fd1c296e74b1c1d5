using System.Text.Json.Nodes;
using KarmayogiBot.Assistant.Answers;
using KarmayogiBot.Domain.Nudges;
using KarmayogiBot.Domain.Officers;
using KarmayogiBot.Domain.Reporting;
using Moq;

namespace KarmayogiBot.Assistant.Tests;

/// <summary>What a nodal officer is told about their zone: in the bot (summary, defaulters, nudge status) and in the fortnightly card the worker sends.</summary>
public sealed class ZoneAnswerTests
{
    private readonly AssistantHarness _harness = new();

    [Fact]
    public async Task Defaulters_OfMoreThanFifteen_ListFifteen_AndPointToTheExport()
    {
        var nodal = _harness.AddOfficer("CB000100", "Joint Commissioner", "CGST Chennai North Commissionerate", ProductRole.Nodal);
        for (var i = 1; i <= 16; i++)
        {
            _harness.AddOfficer($"CB{i:000000}", "Inspector", "JNCH");
        }

        var answer = await _harness.AskAsAsync(nodal, "defaulters");

        Assert.Contains("Not yet compliant: 17 of 17", answer);
        Assert.Contains("Officer CB000014 (CB000014, Inspector, JNCH): ", answer); // fifteenth by formation and name, after the nodal officer's
        Assert.DoesNotContain("Officer CB000015 (", answer);
        Assert.Contains("... and 2 more: \"export\" gives the full list.", answer);
    }

    [Fact]
    public async Task Summary_InHindi_GivesTheZonesFiguresInHindi()
    {
        var nodal = _harness.AddOfficer("CB000100", "Joint Commissioner", "CGST Chennai North Commissionerate", ProductRole.Nodal);
        _harness.AddOfficer("CB000101", "Inspector", "JNCH");

        var reply = Assert.Single(await _harness.TurnsAsync(Identity(nodal), "सारांश"));

        var facts = Facts(reply.Card!);
        Assert.Equal($"Chennai CGST Zone: {AssistantHarness.Catalog.CurrentPlan(_harness.Today)!.TitleHi}", reply.CardFallbackText);
        Assert.Equal("2", facts["अधिकारी"]);
        Assert.Equal("0 (0.0%)", facts["पूर्ण अनुपालन"]);
    }

    [Fact]
    public async Task Summary_OfAFormationNotInTheZone_SaysSo_AndReadsNoFigures()
    {
        var nodal = _harness.AddOfficer("CB000100", "Joint Commissioner", "CGST Chennai North Commissionerate", ProductRole.Nodal);

        var answer = await _harness.AskAsAsync(nodal, "summary Kolkata Port");

        Assert.Contains("I find no formation \"Kolkata Port\" in your zone.", answer);
        _harness.ZoneRecords.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task NudgeStatus_AfterAPass_GivesItsCounts_AndWhomToReachAnotherWay()
    {
        var nodal = _harness.AddOfficer("CB000100", "Joint Commissioner", "CGST Chennai North Commissionerate", ProductRole.Nodal);
        _harness.NudgeHistory.Setup(h => h.LastRunAsync(It.IsAny<OfficerScope>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new NudgeRunSummary(new DateTimeOffset(2026, 3, 16, 20, 0, 0, TimeSpan.Zero), 12, 1, 2, 0, ["Asha Rao (CB000007)", "Vikram Das (CB000008)"]));

        var reply = Assert.Single(await _harness.TurnsAsync(Identity(nodal), "nudge status"));

        Assert.Equal("Last nudge pass: 17.03.2026", reply.CardFallbackText); // 01:30 on the 17th, India time
        var facts = Facts(reply.Card!);
        Assert.Equal(("12", "1", "2", "0"), (facts["Sent"], facts["Failed"], facts["Unreachable"], facts["Pending"]));
        Assert.Contains("- Asha Rao (CB000007)\r- Vikram Das (CB000008)", AssistantHarness.Flatten([reply]));
    }

    [Fact]
    public void Fortnightly_WithoutAnEarlierSummary_ShowsTheFiguresOfTheBotsSummary()
    {
        _harness.AddOfficer("CB000100", "Joint Commissioner", "CGST Chennai North Commissionerate", ProductRole.Nodal);
        _harness.AddOfficer("CB000101", "Inspector", "JNCH");
        var summary = Summary();

        var fortnightly = ZoneAnswers.Fortnightly(summary, null, [], null, 3, 10, Language.English);
        var reply = ZoneAnswers.Summary(summary, Language.English);

        Assert.Equal(Facts(reply.Card!), Facts(fortnightly));
        Assert.Contains("This is the first summary: the next one will show the change.", fortnightly["fallbackText"]!.GetValue<string>());
    }

    [Fact]
    public void Fortnightly_AfterAnEarlierSummary_GivesEachFiguresChange()
    {
        _harness.AddOfficer("CB000100", "Joint Commissioner", "CGST Chennai North Commissionerate", ProductRole.Nodal);
        _harness.AddOfficer("CB000101", "Inspector", "JNCH");
        _harness.AddOfficer("CB000102", "Inspector", "JNCH");
        var previous = new PreviousSummary(new DateOnly(2026, 3, 6), new SummaryCounts(Officers: 2, Compliant: 1, AssessmentPassed: 0, DesignationCorrect: 0, Overdue: 0, UnknownRole: 0));

        var card = ZoneAnswers.Fortnightly(Summary(), previous, ["Asha Rao (CB000007, JNCH)"], new Uri("https://bot.example.gov.in/exports/ab"), 3, 10, Language.English);

        var facts = Facts(card);
        Assert.Equal("3 (+1)", facts["Officers"]);
        Assert.Equal("0 (0.0%) (-50.0 pts)", facts["Fully compliant"]);
        Assert.Equal("0 (0.0%) (no change)", facts["Assessment passed"]);
        var text = card["fallbackText"]!.GetValue<string>();
        Assert.Contains("Changes are since the summary of 06.03.2026.", text);
        Assert.Contains("Unreachable in Teams:\nAsha Rao (CB000007, JNCH)", text);
        Assert.EndsWith("Defaulters (.xlsx): https://bot.example.gov.in/exports/ab", text);
    }

    private ZoneSummary Summary() =>
        new ZoneSummaryService(_harness.ZoneRecords.Object, new Domain.Compliance.StandingEvaluator(AssistantHarness.Catalog))
            .SummarizeAsync(OfficerScope.ForZone("Chennai CGST Zone"), _harness.Today).GetAwaiter().GetResult();

    private static UserIdentity Identity(Officer officer) => new(officer.AadObjectId!, officer.Name, officer.Email, officer.Email, officer.AadObjectId);

    private static Dictionary<string, string> Facts(JsonObject card) => card["body"]!.AsArray()
        .Where(e => e!["type"]!.GetValue<string>() == "FactSet").SelectMany(f => f!["facts"]!.AsArray())
        .ToDictionary(f => f!["title"]!.GetValue<string>(), f => f!["value"]!.GetValue<string>());
}
