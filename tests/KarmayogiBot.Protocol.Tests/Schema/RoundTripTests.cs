using KarmayogiBot.Protocol.Schema;
using KarmayogiBot.Protocol.Tests.Support;

namespace KarmayogiBot.Protocol.Tests.Schema;

public sealed class RoundTripTests
{
    public static TheoryData<string> ActivityFixtures() => new(Fixture.Activities);

    [Theory]
    [MemberData(nameof(ActivityFixtures))]
    public void Activity_RealPayload_RoundTripsWithoutLosingAnything(string fixture)
    {
        var original = Fixture.Read(fixture);

        var written = ProtocolJson.Serialize(ProtocolJson.Deserialize<Activity>(original));

        JsonAssert.Equivalent(original, written);
    }

    [Fact]
    public void Serialize_HindiText_IsWrittenAsUtf8AndHtmlSensitiveCharactersStayEscaped()
    {
        var activity = MessageFactory.Text("आपके पाठ्यक्रम <b>");

        var written = System.Text.Encoding.UTF8.GetString(ProtocolJson.SerializeToUtf8Bytes(activity));

        Assert.Contains("\"text\":\"आपके पाठ्यक्रम \\u003Cb\\u003E\"", written);
        Assert.Equal("आपके पाठ्यक्रम <b>", ProtocolJson.Deserialize<Activity>(written)!.Text);
    }

    [Fact]
    public void Serialize_CardAlreadyWritten_IsCopiedIntoThePayloadAsItIs()
    {
        var card = """{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"आपके पाठ्यक्रम"}]}""";
        var activity = MessageFactory.Text("");
        activity.Attachments = [Attachment.AdaptiveCard(System.Text.Encoding.UTF8.GetBytes(card))];

        var written = System.Text.Encoding.UTF8.GetString(ProtocolJson.SerializeToUtf8Bytes(activity));

        Assert.Contains($"\"content\":{card}", written);
        var read = ProtocolJson.Deserialize<Activity>(written)!.Attachments![0];
        Assert.Equal(Attachment.AdaptiveCardContentType, read.ContentType);
        Assert.Equal("आपके पाठ्यक्रम", read.Content!["body"]![0]!["text"]!.GetValue<string>());
    }

    [Fact]
    public void TeamsMember_GetMemberResponse_RoundTripsKeepingObjectIdName()
    {
        var original = Fixture.Read(Fixture.GetMemberResponse);

        var written = ProtocolJson.Serialize(ProtocolJson.Deserialize<TeamsMember>(original));

        JsonAssert.Equivalent(original, written);
    }

    [Fact]
    public void ConversationParameters_CreateConversationRequest_RoundTrips()
    {
        var original = Fixture.Read(Fixture.CreateConversationRequest);

        var written = ProtocolJson.Serialize(ProtocolJson.Deserialize<ConversationParameters>(original));

        JsonAssert.Equivalent(original, written);
    }

    [Fact]
    public void ConversationResourceResponse_CreateConversationResponse_RoundTrips()
    {
        var original = Fixture.Read(Fixture.CreateConversationResponse);

        var written = ProtocolJson.Serialize(ProtocolJson.Deserialize<ConversationResourceResponse>(original));

        JsonAssert.Equivalent(original, written);
    }

    [Fact]
    public void Serialize_ReplyWithUnsetProperties_WritesCamelCaseAndOmitsNulls()
    {
        var reply = Fixture.Activity(Fixture.MessagePersonal).CreateReply("Namaste");

        var json = ProtocolJson.Serialize(reply);

        Assert.Contains("\"replyToId\":\"1485983408511\"", json);
        Assert.Contains("\"serviceUrl\":", json);
        Assert.DoesNotContain("null", json);
        Assert.DoesNotContain("\"attachments\"", json);
        Assert.DoesNotContain("\"Text\"", json);
    }
}
