using KarmayogiBot.Protocol.Schema;
using KarmayogiBot.Protocol.Tests.Support;

namespace KarmayogiBot.Protocol.Tests.Schema;

public sealed class FixtureDeserializationTests
{
    [Fact]
    public void Activity_TeamsPersonalMessage_ReadsSenderTextAndTenantFromChannelData()
    {
        var activity = Fixture.Activity(Fixture.MessagePersonal);

        Assert.Equal(ActivityTypes.Message, activity.Type);
        Assert.Equal("1485983408511", activity.Id);
        Assert.Equal("https://smba.trafficmanager.net/amer/", activity.ServiceUrl);
        Assert.Equal("msteams", activity.ChannelId);
        Assert.Equal("Megan Bowen", activity.From!.Name);
        Assert.Equal("7faf8ab2-3d56-4244-b585-20c8a42ed2b8", activity.From.AadObjectId);
        Assert.Equal("28:c9e8c047-2a74-40a2-b28a-b162d5f5327c", activity.Recipient!.Id);
        Assert.Equal("personal", activity.Conversation!.ConversationType);
        Assert.Null(activity.Conversation.TenantId);
        Assert.Equal("72f988bf-86f1-41af-91ab-2d7cd011db47", activity.GetTenantId());
        Assert.Equal("Hello Teams TestBot.Sending bold-italic rich text", activity.Text);
        Assert.Equal("text/html", Assert.Single(activity.Attachments!).ContentType);
        Assert.Equal("America/Los_Angeles", Assert.Single(activity.Entities!).GetString("timezone"));
        Assert.Equal(new DateTimeOffset(2017, 2, 1, 21, 10, 7, 437, TimeSpan.Zero), activity.Timestamp);
    }

    [Fact]
    public void Activity_ChannelThreadMention_ReadsTeamChannelAndMentionEntity()
    {
        var activity = Fixture.Activity(Fixture.MessageChannelMention);

        Assert.Equal("channel", activity.Conversation!.ConversationType);
        Assert.True(activity.Conversation.IsGroup);
        Assert.EndsWith(";messageid=1759881511856", activity.Conversation.Id);
        Assert.Equal("50612dbb-0237-4969-b378-8d42590f9c00", activity.GetTenantId());
        Assert.Equal("19:66P469zibfbsGI-_a0aN_toLTZpyzS6u7CT3TsXdgPw1@thread.tacv2", activity.ChannelData!.Team!.Id);
        Assert.Equal("19:6848757105754c8981c67612732d9aa7@thread.tacv2", activity.ChannelData.Channel!.Id);
        var mention = activity.Entities!.Single(e => e.Type == Entity.MentionType);
        Assert.Equal(activity.Recipient!.Id, mention.Mentioned!.Id);
        Assert.Equal("<at>ridotest</at>", mention.Text);
        Assert.Equal("b15a9416-0ad3-4172-9210-7beb711d3f70", activity.From!.AadObjectId);
    }

    [Fact]
    public void Activity_AdaptiveCardInvoke_ReadsNameActionAndData()
    {
        var activity = Fixture.Activity(Fixture.InvokeAdaptiveCardAction);

        Assert.Equal(ActivityTypes.Invoke, activity.Type);
        Assert.Equal("adaptiveCard/action", activity.Name);
        Assert.Equal("Action.Execute", activity.Value!["action"]!["type"]!.GetValue<string>());
        Assert.Equal("test invokes", activity.Value["action"]!["data"]!["feedback"]!.GetValue<string>());
        Assert.Equal("manual", activity.Value["trigger"]!.GetValue<string>());
        Assert.Equal("1767765488332", activity.ReplyToId);
        Assert.Equal("56653e9d-2158-46ee-90d7-675c39642038", activity.GetTenantId());
        Assert.Equal("c5e99701-2a32-49c1-a660-4629ceeb8c61", activity.From!.AadObjectId);
    }

    [Fact]
    public void Activity_BotAddedToTeam_DetectsTheBotAmongMembersAdded()
    {
        var activity = Fixture.Activity(Fixture.BotAddedToTeam);

        Assert.Equal(ActivityTypes.ConversationUpdate, activity.Type);
        Assert.Equal("28:608cacfd-1cea-40c9-b678-4b93e69bb72b", Assert.Single(activity.MembersAdded!).Id);
        Assert.True(activity.WasRecipientAdded());
        Assert.False(activity.WasRecipientRemoved());
        Assert.Equal("teamMemberAdded", activity.ChannelData!.EventType);
        Assert.Equal("TestTeam2022", activity.ChannelData.Team!.Name);
        Assert.Equal("f3ec8cd2-e704-4344-8c47-9a3a21d683c0", activity.ChannelData.Team.AadGroupId);
        Assert.Equal("b28fdbfd-2b78-4f93-b0f8-8881793f0f8f", activity.GetTenantId());
    }

    [Fact]
    public void Activity_PersonalMembersAdded_ListsBotAndUser()
    {
        var activity = Fixture.Activity(Fixture.PersonalMembersAdded);

        Assert.Equal(2, activity.MembersAdded!.Count);
        Assert.Equal("29:<userID>", activity.MembersAdded[1].Id);
        Assert.Equal("***", activity.MembersAdded[1].AadObjectId);
        Assert.Equal("<TENANT ID>", activity.GetTenantId());
        // The doc's placeholders name the bot differently in membersAdded and recipient: not the bot being added.
        Assert.False(activity.WasRecipientAdded());
    }

    [Fact]
    public void Activity_InstallationUpdateAdd_ReadsActionAndTeam()
    {
        var activity = Fixture.Activity(Fixture.InstallationUpdateAddTeam);

        Assert.Equal(ActivityTypes.InstallationUpdate, activity.Type);
        Assert.Equal("add", activity.Action);
        Assert.Equal("en-US", activity.Locale);
        Assert.Equal("19:0b7f32667e064dd9b25d7969801541f4@thread.tacv2", activity.ChannelData!.Channel!.Id);
        Assert.Equal("b28fdbfd-2b78-4f93-b0f8-8881793f0f8f", activity.Conversation!.TenantId);
    }

    [Fact]
    public void Activity_OutboundAdaptiveCard_ReadsCardAttachment()
    {
        var activity = Fixture.Activity(Fixture.OutboundAdaptiveCard);

        var attachment = Assert.Single(activity.Attachments!);
        Assert.Equal(Attachment.AdaptiveCardContentType, attachment.ContentType);
        Assert.Equal("AdaptiveCard", attachment.Content!["type"]!.GetValue<string>());
        Assert.Equal("1.5", attachment.Content["version"]!.GetValue<string>());
        Assert.Equal("f:a1b2c3d4-e5f6-4789-a0b1-c2d3e4f5a6b7", activity.ReplyToId);
        Assert.StartsWith("28:", activity.From!.Id);
        Assert.StartsWith("29:", activity.Recipient!.Id);
    }

    [Fact]
    public void Activity_PlaygroundMessage_KeepsServiceUrlWithoutSlashAndUnknownKeys()
    {
        var activity = Fixture.Activity(Fixture.PlaygroundMessage);

        Assert.Equal("http://localhost:49231/_connector", activity.ServiceUrl);
        Assert.Equal("personal-chat-id", activity.Conversation!.Id);
        Assert.Equal("00000000-0000-0000-0000-0000000000001", activity.GetTenantId());
        Assert.Equal("user-id-0", activity.From!.Id);
        Assert.Equal("Hello, Bot!", activity.Text);
        Assert.Equal("expectReplies", activity.AdditionalProperties!["delivery_mode"].GetString());
    }

    [Fact]
    public void TeamsMember_TeamsResponseWithObjectId_ReadsItAsAadObjectId()
    {
        var member = ProtocolJson.Deserialize<TeamsMember>(Fixture.Read(Fixture.GetMemberResponse))!;

        Assert.Equal("9d3e08f9-a7ae-43aa-a4d3-de3f319a8a9c", member.AadObjectId);
        Assert.Equal("Larry.Brown@fabrikam.com", member.Email);
        Assert.Equal("labrown@fabrikam.com", member.UserPrincipalName);
        Assert.Equal("Larry", member.GivenName);
        Assert.Equal("Brown", member.Surname);
        Assert.Equal("72f988bf-86f1-41af-91ab-2d7cd011db47", member.TenantId);
        Assert.Equal("user", member.UserRole);
    }

    [Fact]
    public void TeamsMember_PlaygroundResponseWithAadObjectId_ReadsIt()
    {
        const string json = """
            {"id":"user-id-0","aadObjectId":"00000000-0000-0000-0000-0000000000020","name":"Alex Wilber",
             "givenName":"Alex","surname":"Wilber","email":"alexw@example.com","userPrincipalName":"alexw@example.com",
             "tenantId":"00000000-0000-0000-0000-0000000000001","userRole":"user"}
            """;

        var member = ProtocolJson.Deserialize<TeamsMember>(json)!;

        Assert.Equal("00000000-0000-0000-0000-0000000000020", member.AadObjectId);
        Assert.Equal("Alex Wilber", member.Name);
    }

    [Fact]
    public void ConversationParameters_TeamsCreateRequest_ReadsBotMembersAndTenant()
    {
        var parameters = ProtocolJson.Deserialize<ConversationParameters>(Fixture.Read(Fixture.CreateConversationRequest))!;

        Assert.Equal("28:10j12ou0d812-2o1098-c1mjojzldxcj-1098028n ", parameters.Bot!.Id);
        Assert.Equal("29:012d20j1cjo20211", Assert.Single(parameters.Members!).Id);
        Assert.Equal("197231joe-1209j01821-012kdjoj", parameters.ChannelData!.Tenant!.Id);
    }

    [Fact]
    public void ConversationResourceResponse_TeamsCreateResponse_ReadsConversationId()
    {
        var response = ProtocolJson.Deserialize<ConversationResourceResponse>(Fixture.Read(Fixture.CreateConversationResponse))!;

        Assert.StartsWith("a:1qhNLqpUtmuI6U35gzjsJn7uRnCkW8", response.Id);
        Assert.Null(response.ActivityId);
    }
}
