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
