using System.Text.Json.Nodes;
using KarmayogiBot.Protocol.Schema;

namespace KarmayogiBot.Protocol.Tests.Schema;

/// <summary>The citation entity in the shape of Teams' "bot messages with AI-generated content" documentation.</summary>
public sealed class MessageEntityTests
{
    public static TheoryData<string, string, string> Answers() => new()
    {
        { "Register on iGOT with your official e-mail. Source: DG NACIN D.O. of 10.09.2025", "DG NACIN D.O. on the Comprehensive Assessment and mandatory courses for CBIC officers in 2025-26 under Mission Karmayogi", "D.O.F. No.DG/NACIN/PSM/95/2025, dated 10.09.2025, Annexure A" },
        { "अपने आधिकारिक ई-मेल से iGOT पर पंजीकरण करें। स्रोत: डीजी नासिन का अ.शा. पत्र दिनांक 10.09.2025", "डीजी नासिन का अर्ध-शासकीय पत्र: मिशन कर्मयोगी के अंतर्गत वर्ष 2025-26 में सीबीआईसी अधिकारियों के लिए व्यापक मूल्यांकन और अनिवार्य पाठ्यक्रम", "डी.ओ.एफ. सं. DG/NACIN/PSM/95/2025, दिनांक 10.09.2025, अनुलग्नक क, भूमिका 8 (निरीक्षक), पैरा 3 और पैरा 4 जिनमें पाठ्यक्रमों की सूची, अंतिम तिथि और मूल्यांकन की शर्तें हैं, साथ में सीबीआईसी परिपत्र" },
    };

    [Theory]
    [MemberData(nameof(Answers))]
    public void Cite_WritesOneRootMessageEntityWithClaimsAndMarkersInTheText(string text, string name, string at)
    {
        var activity = Activity.CreateMessageActivity(text);
        activity.Entities = [MessageEntity.WithCitations([new(1, "an older entity", "x")]), new Entity { Type = Entity.ClientInfoType }];

        MessageEntity.Cite(activity, [new(1, name, at), new(2, "DoPT OM - no permission needed from office for online courses on iGOT Karmayogi", "DoPT OM No. T-19011/1/2024-NTP, dated 15.01.2024", "https://dopt.gov.in/om.pdf")]);

        var json = JsonNode.Parse(ProtocolJson.Serialize(activity))!;
        var roots = json["entities"]!.AsArray().Where(e => (string?)e!["type"] == "https://schema.org/Message").ToList();
        var root = Assert.Single(roots)!;
        Assert.Equal("Message", (string?)root["@type"]);
        Assert.Equal("https://schema.org", (string?)root["@context"]);
        Assert.Equal("", (string?)root["@id"]);
        Assert.Null(root["additionalType"]);
        Assert.Contains(json["entities"]!.AsArray(), e => (string?)e!["type"] == "clientInfo");
        var claims = root["citation"]!.AsArray();
        Assert.Equal(2, claims.Count);
        var sentText = (string)json["text"]!;
        foreach (var claim in claims)
        {
            Assert.Equal("Claim", (string?)claim!["@type"]);
            var position = claim["position"]!.GetValue<int>();
            Assert.Contains($"[{position}]", sentText);
            var appearance = claim["appearance"]!;
            Assert.Equal("DigitalDocument", (string?)appearance["@type"]);
            Assert.InRange(((string)appearance["name"]!).Length, 1, 80);
            Assert.InRange(((string)appearance["abstract"]!).Length, 1, 160);
        }

        Assert.StartsWith(text, sentText);
        Assert.StartsWith(name[..40], (string)claims[0]!["appearance"]!["name"]!);
        Assert.Null(claims[0]!["appearance"]!["url"]);
        Assert.Equal("https://dopt.gov.in/om.pdf", (string?)claims[1]!["appearance"]!["url"]);
    }

    [Fact]
    public void Cite_AfterTheSourceLine_WhenTheTextGoesOn()
    {
        var activity = Activity.CreateMessageActivity("Deadline 31.03.2026\nSource: D.O. of 10.09.2025\nAsk me more.");

        MessageEntity.Cite(activity, [new(1, "D.O.", "10.09.2025")], "Source: D.O. of 10.09.2025");

        Assert.Equal("Deadline 31.03.2026\nSource: D.O. of 10.09.2025 [1]\nAsk me more.", activity.Text);
    }

    [Fact]
    public void Cite_NoCitations_LeavesTheActivityAsItWas()
    {
        var activity = Activity.CreateMessageActivity("Hello");

        MessageEntity.Cite(activity, []);

        Assert.Equal("Hello", activity.Text);
        Assert.Null(activity.Entities);
    }
}
