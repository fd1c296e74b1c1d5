using System.Text.Json.Nodes;
using KarmayogiBot.Protocol.Authentication;
using KarmayogiBot.Protocol.Connector;
using KarmayogiBot.Protocol.Schema;
using KarmayogiBot.Protocol.Tests.Support;
using KarmayogiBot.Protocol.Turns;
using Moq;

namespace KarmayogiBot.Protocol.Tests.Turns;

public sealed class ActivityHandlerTests
{
    [Fact]
    public async Task OnTurn_Message_CallsOnMessage()
    {
        var bot = new RecordingHandler();

        await bot.OnTurnAsync(Context(Fixture.Activity(Fixture.MessagePersonal)), CancellationToken.None);

        Assert.Equal(["message"], bot.Calls);
    }

    [Fact]
    public async Task OnTurn_BotAddedToTeam_CallsOnMembersAddedWithTheBot()
    {
        var bot = new RecordingHandler();
        var activity = Fixture.Activity(Fixture.BotAddedToTeam);

        await bot.OnTurnAsync(Context(activity), CancellationToken.None);

        Assert.Equal(["membersAdded:28:608cacfd-1cea-40c9-b678-4b93e69bb72b:botAdded"], bot.Calls);
    }

    [Fact]
    public async Task OnTurn_MembersRemoved_CallsOnMembersRemoved()
    {
        var bot = new RecordingHandler();
        var activity = new Activity
        {
            Type = ActivityTypes.ConversationUpdate,
            Recipient = new ChannelAccount("28:bot"),
            MembersRemoved = [new ChannelAccount("29:user")],
        };

        await bot.OnTurnAsync(Context(activity), CancellationToken.None);

        Assert.Equal(["membersRemoved:29:user"], bot.Calls);
    }

    [Theory]
    [InlineData("add", "installAdd")]
    [InlineData("add-upgrade", "installAdd")]
    [InlineData("remove", "installRemove")]
    [InlineData("remove-upgrade", "installRemove")]
    public async Task OnTurn_InstallationUpdate_DispatchesByAction(string action, string expected)
    {
        var bot = new RecordingHandler();
        var activity = Fixture.Activity(Fixture.InstallationUpdateAddTeam);
        activity.Action = action;

        await bot.OnTurnAsync(Context(activity), CancellationToken.None);

        Assert.Equal([expected], bot.Calls);
    }

    [Fact]
    public async Task OnTurn_AdaptiveCardActionHandled_Answers200WithTheResponse()
    {
        var bot = new RecordingHandler();
        var activity = Fixture.Activity(Fixture.InvokeAdaptiveCardAction);
        activity.Value!["action"]!["verb"] = "markDone";
        var context = Context(activity);

        await bot.OnTurnAsync(context, CancellationToken.None);

        Assert.Equal(["card:markDone:test invokes"], bot.Calls);
        Assert.Equal(200, context.InvokeResponse!.Status);
        var body = Assert.IsType<AdaptiveCardInvokeResponse>(context.InvokeResponse.Body);
        Assert.Equal(AdaptiveCardInvokeResponse.MessageType, body.Type);
    }

    [Fact]
    public async Task OnTurn_AdaptiveCardActionNotOverridden_Answers501()
    {
        var bot = new EmptyHandler();
        var context = Context(Fixture.Activity(Fixture.InvokeAdaptiveCardAction));

        await bot.OnTurnAsync(context, CancellationToken.None);

        Assert.Equal(501, context.InvokeResponse!.Status);
    }

    [Fact]
    public async Task OnTurn_UnknownInvokeName_Answers501()
    {
        var bot = new RecordingHandler();
        var activity = Fixture.Activity(Fixture.InvokeAdaptiveCardAction);
        activity.Name = "composeExtension/query";
        var context = Context(activity);

        await bot.OnTurnAsync(context, CancellationToken.None);

        Assert.Equal(501, context.InvokeResponse!.Status);
        Assert.Empty(bot.Calls);
    }

    [Fact]
    public async Task OnTurn_AdaptiveCardActionWithoutAction_Answers400()
    {
        var bot = new RecordingHandler();
        var activity = Fixture.Activity(Fixture.InvokeAdaptiveCardAction);
        activity.Value = JsonNode.Parse("""{"trigger":"manual"}""");
        var context = Context(activity);

        await bot.OnTurnAsync(context, CancellationToken.None);

        Assert.Equal(400, context.InvokeResponse!.Status);
        Assert.Empty(bot.Calls);
    }

    [Fact]
    public async Task OnTurn_UnknownActivityType_CallsOnlyTheFallback()
    {
        var bot = new RecordingHandler();

        await bot.OnTurnAsync(Context(new Activity { Type = "messageReaction" }), CancellationToken.None);

        Assert.Equal(["unrecognized:messageReaction"], bot.Calls);
    }

    private static TurnContext Context(Activity activity) =>
        new(activity, InboundIdentity.Anonymous, Mock.Of<IConnectorClientFactory>(MockBehavior.Strict));

    private sealed class EmptyHandler : ActivityHandler;

    private sealed class RecordingHandler : ActivityHandler
    {
        public List<string> Calls { get; } = [];

        protected override Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
        {
            Calls.Add("message");
            return Task.CompletedTask;
        }

        protected override Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext turnContext, CancellationToken cancellationToken)
        {
            Calls.Add($"membersAdded:{string.Join(',', membersAdded.Select(m => m.Id))}{(turnContext.Activity.WasRecipientAdded() ? ":botAdded" : "")}");
            return Task.CompletedTask;
        }

        protected override Task OnMembersRemovedAsync(IList<ChannelAccount> membersRemoved, ITurnContext turnContext, CancellationToken cancellationToken)
        {
            Calls.Add($"membersRemoved:{string.Join(',', membersRemoved.Select(m => m.Id))}");
            return Task.CompletedTask;
        }

        protected override Task OnInstallationUpdateAddAsync(ITurnContext turnContext, CancellationToken cancellationToken)
        {
            Calls.Add("installAdd");
            return Task.CompletedTask;
        }

        protected override Task OnInstallationUpdateRemoveAsync(ITurnContext turnContext, CancellationToken cancellationToken)
        {
            Calls.Add("installRemove");
            return Task.CompletedTask;
        }

        protected override Task<AdaptiveCardInvokeResponse> OnAdaptiveCardInvokeAsync(ITurnContext turnContext, AdaptiveCardInvokeValue invokeValue, CancellationToken cancellationToken)
        {
            Calls.Add($"card:{invokeValue.Action!.Verb}:{invokeValue.Action.Data!["feedback"]}");
            return Task.FromResult(AdaptiveCardInvokeResponse.Message("Saved"));
        }

        protected override Task OnUnrecognizedActivityTypeAsync(ITurnContext turnContext, CancellationToken cancellationToken)
        {
            Calls.Add($"unrecognized:{turnContext.Activity.Type}");
            return Task.CompletedTask;
        }
    }
}
