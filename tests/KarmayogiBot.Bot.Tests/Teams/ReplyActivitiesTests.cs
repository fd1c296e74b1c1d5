using System.Text.Json.Nodes;
using KarmayogiBot.Assistant;
using KarmayogiBot.Assistant.Cards;
using KarmayogiBot.Bot.Teams;
using KarmayogiBot.Domain.Catalog;
using KarmayogiBot.Protocol.Schema;

namespace KarmayogiBot.Bot.Tests.Teams;

public sealed class ReplyActivitiesTests
{
    private static readonly Citation DoCitation = new(
        new Source("dg-nacin-do-2025-09-10", "DG NACIN D.O. on mandatory iGOT courses and the Comprehensive Assessment 2025-26", "D.O.F. No.DG/NACIN/PSM/95/2025", new DateOnly(2025, 9, 10), null, "DG NACIN", "002.txt", "DG NACIN D.O. of 10.09.2025", "महानिदेशक, नासिन का अर्ध-शासकीय पत्र"),
        "Annexure A");

    private static readonly Citation OmCitation = new(
        new Source("dopt-om-2024-01-15", "DoPT OM - no permission needed from office for online courses on iGOT Karmayogi", "DoPT OM No. T-19011/1/2024-NTP", new DateOnly(2024, 1, 15), null, "DoPT", "003.txt", "DoPT OM of 15.01.2024", "कार्मिक एवं प्रशिक्षण विभाग का कार्यालय ज्ञापन"),
        null);

    [Fact]
    public void ToActivity_TextWithSources_CitesThemWithMarkersAndFeedbackButtons()
    {
        var activity = ReplyActivities.ToActivity(new ReplyMessage("अंतिम तिथि 31.03.2026 है।\nस्रोत: डीजी नासिन का पत्र", sources: [DoCitation, OmCitation]));

        var json = JsonNode.Parse(ProtocolJson.Serialize(activity))!;
        Assert.Equal("अंतिम तिथि 31.03.2026 है।\nस्रोत: डीजी नासिन का पत्र [1][2]", (string?)json["text"]);
        var root = Assert.Single(json["entities"]!.AsArray())!;
        Assert.Equal("https://schema.org/Message", (string?)root["type"]);
        Assert.Equal("D.O.F. No.DG/NACIN/PSM/95/2025, dated 10.09.2025, Annexure A", (string?)root["citation"]![0]!["appearance"]!["abstract"]);
        Assert.Equal("DoPT OM No. T-19011/1/2024-NTP, dated 15.01.2024", (string?)root["citation"]![1]!["appearance"]!["abstract"]);
        Assert.Equal("default", (string?)json["channelData"]!["feedbackLoop"]!["type"]);
        Assert.Null(json["channelData"]!["feedbackLoopEnabled"]);
    }

    [Fact]
    public void ToActivity_HindiAnswer_NamesItsSourcesInHindi()
    {
        var hindi = DoCitation with { AtHi = "अनुलग्नक A" };

        var activity = ReplyActivities.ToActivity(new ReplyMessage("अंतिम तिथि 31.03.2026 है।", sources: [hindi]) { Language = Language.Hindi });

        var citation = JsonNode.Parse(ProtocolJson.Serialize(activity))!["entities"]![0]!["citation"]![0]!["appearance"]!;
        Assert.Equal("महानिदेशक, नासिन का अर्ध-शासकीय पत्र", (string?)citation["name"]);
        Assert.Equal("D.O.F. No.DG/NACIN/PSM/95/2025, अनुलग्नक A", (string?)citation["abstract"]);
    }

    [Fact]
    public void ToActivity_CardWithSources_MarksTheCardsSourceLineAndSendsNoSuggestedActions()
    {
        var card = new AdaptiveCard().Title("Deadline").Text("31.03.2026").Source("Source: DG NACIN D.O. of 10.09.2025").Submit("My status", new JsonObject { ["ask"] = "my status" });

        var activity = ReplyActivities.ToActivity(new ReplyMessage("Deadline 31.03.2026", card.Build("Deadline"), ["my status", "deadline"], [DoCitation]));

        var json = JsonNode.Parse(ProtocolJson.Serialize(activity))!;
        var body = json["attachments"]![0]!["content"]!["body"]!.AsArray();
        Assert.Equal("Source: DG NACIN D.O. of 10.09.2025 [1]", (string?)body[^1]!["text"]);
        Assert.Equal("31.03.2026", (string?)body[1]!["text"]);
        Assert.Single(json["entities"]!.AsArray());
        Assert.Null(json["suggestedActions"]);
    }

    [Fact]
    public void ToActivity_ManySuggestions_AtMostThreeAndNoneTwice()
    {
        var activity = ReplyActivities.ToActivity(new ReplyMessage("Did you mean?", suggestions: ["Inspector", "inspector", "Examiner", "Appraiser", "Superintendent"]));

        Assert.Equal(["Inspector", "Examiner", "Appraiser"], activity.SuggestedActions!.Actions!.Select(a => a.Title!));
        Assert.Null(activity.Entities);
        Assert.Equal("Did you mean?", activity.Text);
    }
}
