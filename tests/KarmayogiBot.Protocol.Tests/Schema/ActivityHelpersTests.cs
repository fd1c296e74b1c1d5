using System.Text.Json.Nodes;
using KarmayogiBot.Protocol.Schema;
using KarmayogiBot.Protocol.Tests.Support;

namespace KarmayogiBot.Protocol.Tests.Schema;

public sealed class ActivityHelpersTests
{
    [Fact]
    public void RemoveRecipientMention_ChannelMessageMentioningTheBot_LeavesTheQuestion()
    {
        var activity = Fixture.Activity(Fixture.MessageChannelMention);

        var text = activity.RemoveRecipientMention();

        Assert.Equal("reply to thread", text);
        Assert.Equal("reply to thread", activity.Text);
    }

    [Fact]
    public void RemoveRecipientMention_MentionOfSomeoneElse_KeepsIt()
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Text = "<at>Karmayogi</at> ask <at>Meena Iyer</at> about iGOT",
            Recipient = new ChannelAccount("28:bot"),
            Entities =
            [
                new Entity { Type = "mention", Text = "<at>Karmayogi</at>", Mentioned = new ChannelAccount("28:bot") },
                new Entity { Type = "mention", Text = "<at>Meena Iyer</at>", Mentioned = new ChannelAccount("29:meena") },
            ],
        };

        Assert.Equal("ask <at>Meena Iyer</at> about iGOT", activity.RemoveRecipientMention());
    }

    [Fact]
    public void GetTenantId_ConversationTenantPresent_PrefersIt()
    {
        var activity = new Activity
        {
            Conversation = new ConversationAccount { TenantId = "from-conversation" },
            ChannelData = new TeamsChannelData { Tenant = new TenantInfo("from-channel-data") },
        };

        Assert.Equal("from-conversation", activity.GetTenantId());
    }

    [Fact]
    public void GetTenantId_NoTenantAnywhere_ReturnsNull()
    {
        Assert.Null(new Activity { Conversation = new ConversationAccount("a:1") }.GetTenantId());
    }

    [Fact]
    public void CreateReply_TeamsMessage_SwapsFromAndRecipientAndRepliesToTheMessage()
    {
        var incoming = Fixture.Activity(Fixture.MessageChannelMention);

        var reply = incoming.CreateReply("Here is your plan");

        Assert.Equal(ActivityTypes.Message, reply.Type);
        Assert.Equal(incoming.Recipient!.Id, reply.From!.Id);
        Assert.Equal(incoming.From!.Id, reply.Recipient!.Id);
        Assert.Equal(incoming.Conversation!.Id, reply.Conversation!.Id);
        Assert.Equal(incoming.Id, reply.ReplyToId);
        Assert.Equal(incoming.ServiceUrl, reply.ServiceUrl);
        Assert.Equal("en-US", reply.Locale);
        Assert.Equal("msteams", reply.ChannelId);
        Assert.Equal("Here is your plan", reply.Text);
    }

    [Fact]
    public void GetConversationReference_PersonalMessage_RoundTripsThroughJsonForStorage()
    {
        var incoming = Fixture.Activity(Fixture.InvokeAdaptiveCardAction);

        var stored = ProtocolJson.Serialize(incoming.GetConversationReference());
        var reference = ProtocolJson.Deserialize<ConversationReference>(stored)!;

        Assert.Equal(incoming.ServiceUrl, reference.ServiceUrl);
        Assert.Equal(incoming.Conversation!.Id, reference.Conversation!.Id);
        Assert.Equal(incoming.Conversation.TenantId, reference.Conversation.TenantId);
        Assert.Equal("c5e99701-2a32-49c1-a660-4629ceeb8c61", reference.User!.AadObjectId);
        Assert.Equal("28:aabdbd62-bc97-4afb-83ee-575594577de5", reference.Bot!.Id);
        Assert.Equal(incoming.Id, reference.ActivityId);
    }

    [Fact]
    public void ApplyConversationReference_ProactiveMessage_AddressesTheStoredConversationWithoutReplyTo()
    {
        var reference = Fixture.Activity(Fixture.MessagePersonal).GetConversationReference();

        var message = MessageFactory.Text("Your course is due").ApplyConversationReference(reference, setReplyToId: false);

        Assert.Equal(reference.Conversation!.Id, message.Conversation!.Id);
        Assert.Equal("28:c9e8c047-2a74-40a2-b28a-b162d5f5327c", message.From!.Id);
        Assert.Equal(reference.User!.Id, message.Recipient!.Id);
        Assert.Null(message.ReplyToId);
    }

    [Fact]
    public void ForPersonalChat_UserAndTenant_BuildsTheTeamsBody()
    {
        var body = ProtocolJson.Serialize(ConversationParameters.ForPersonalChat("28:app", "29:user", "tenant-1"));

        JsonAssert.Equivalent(
            """{"isGroup":false,"bot":{"id":"28:app"},"members":[{"id":"29:user"}],"tenantId":"tenant-1","channelData":{"tenant":{"id":"tenant-1"}}}""",
            body);
    }

    [Fact]
    public void AdaptiveCardInvokeResponse_Message_SerialisesTheTeamsShape()
    {
        var json = ProtocolJson.Serialize(AdaptiveCardInvokeResponse.Message("Saved"));

        JsonAssert.Equivalent("""{"statusCode":200,"type":"application/vnd.microsoft.activity.message","value":"Saved"}""", json);
    }

    [Fact]
    public void Attachment_AdaptiveCard_CarriesTheCardAsContent()
    {
        var card = JsonNode.Parse("""{"type":"AdaptiveCard","version":"1.5","body":[]}""")!;

        var json = ProtocolJson.Serialize(MessageFactory.Attachment(Attachment.AdaptiveCard(card)));

        JsonAssert.Equivalent(
            """{"type":"message","attachments":[{"contentType":"application/vnd.microsoft.card.adaptive","content":{"type":"AdaptiveCard","version":"1.5","body":[]}}]}""",
            json);
    }
}
