using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using KarmayogiBot.Protocol.Authentication;
using KarmayogiBot.Protocol.Connector;
using KarmayogiBot.Protocol.Schema;
using KarmayogiBot.Protocol.Tests.Support;
using KarmayogiBot.Protocol.Turns;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moq;
using RichardSzalay.MockHttp;

namespace KarmayogiBot.Protocol.Tests.Turns;

public sealed class CloudAdapterTests : IDisposable
{
    private const string PlaygroundSend = "http://localhost:49231/_connector/v3/conversations/personal-chat-id/activities";

    private readonly TestKeys keys = new();
    private ConnectorHarness harness = new(authenticationOn: false);

    public void Dispose() => harness.Dispose();

    [Fact]
    public async Task Process_PlaygroundMessageWithAuthenticationOff_RepliesThroughTheConnector()
    {
        var sent = RecordSent(PlaygroundSend);

        var response = await Adapter().ProcessAsync(Body(Fixture.Read(Fixture.PlaygroundMessage)), null, new EchoBot());

        Assert.Equal(200, response.Status);
        Assert.Null(response.Body);
        var reply = JsonNode.Parse(sent.Body!)!;
        Assert.Equal("You said: Hello, Bot!", reply["text"]!.GetValue<string>());
        Assert.Equal("00000000-0000-0000-0000-00000000000011", reply["from"]!["id"]!.GetValue<string>());
        Assert.Equal("user-id-0", reply["recipient"]!["id"]!.GetValue<string>());
        Assert.Equal("personal-chat-id", reply["conversation"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Process_TeamsMessageWithValidToken_RepliesWithTheBotTokenToItsServiceUrl()
    {
        UseAuthentication();
        const string serviceUrl = "https://connector.gov.example/amer/";
        var activity = Fixture.Activity(Fixture.MessagePersonal);
        activity.ServiceUrl = serviceUrl;
        HttpRequestMessage? seen = null;
        harness.Http.When(HttpMethod.Post, serviceUrl + "v3/conversations/*").Respond(request =>
        {
            seen = request;
            return new HttpResponseMessage(HttpStatusCode.OK);
        });

        var response = await Adapter().ProcessAsync(
            Body(ProtocolJson.Serialize(activity)), "Bearer " + keys.BotFrameworkToken(serviceUrl), new EchoBot());

        Assert.Equal(200, response.Status);
        Assert.Equal(ConnectorHarness.Token, seen!.Headers.Authorization!.Parameter);
        Assert.EndsWith("/activities/1485983408511", seen.RequestUri!.AbsolutePath);
    }

    // Issue 15, item 1: an Entra token from any other app of the tenant once acted as any officer.
    [Fact]
    public async Task Process_EntraTokenOfAnAppNotListed_Answers401AndSendsNothing()
    {
        UseAuthentication();
        var anyRequest = harness.Http.When("*").Respond(HttpStatusCode.OK);
        var token = keys.EntraToken("d6d49420-f39b-4df7-a1dc-d59a935871db", v2: true, callerAppId: "another-app-of-the-tenant");

        var response = await Adapter().ProcessAsync(Body(Fixture.Read(Fixture.MessagePersonal)), "Bearer " + token, new EchoBot());

        Assert.Equal(401, response.Status);
        Assert.Equal(0, harness.Http.GetMatchCount(anyRequest));
    }

    [Fact]
    public async Task Process_EntraTokenOfAListedCaller_RunsTheTurn()
    {
        UseAuthentication();
        harness.Options.AllowedCallers.Add("skill-host-app");
        var activity = Fixture.Activity(Fixture.MessagePersonal);
        var sent = RecordSent(activity.ServiceUrl + "v3/conversations/*");
        var token = keys.EntraToken("d6d49420-f39b-4df7-a1dc-d59a935871db", v2: false, callerAppId: "skill-host-app");

        var response = await Adapter().ProcessAsync(Body(ProtocolJson.Serialize(activity)), "Bearer " + token, new EchoBot());

        Assert.Equal(200, response.Status);
        Assert.StartsWith("You said:", JsonNode.Parse(sent.Body!)!["text"]!.GetValue<string>());
    }

    // Issue 15, item 5: with authentication off these got 200 and an Error with a stack trace.
    [Theory]
    [InlineData("conversation", null)]
    [InlineData("serviceUrl", null)]
    [InlineData("serviceUrl", "not a url")]
    [InlineData("serviceUrl", "/relative/path")]
    [InlineData("serviceUrl", "file:///etc/passwd")]
    public async Task Process_ActivityWithoutAConversationOrAServiceUrl_Answers400AndRunsNothing(string field, string? value)
    {
        var activity = JsonNode.Parse(Fixture.Read(Fixture.PlaygroundMessage))!.AsObject();
        if (value is null)
        {
            activity.Remove(field);
        }
        else
        {
            activity[field] = value;
        }

        var bot = new Mock<IBot>(MockBehavior.Strict);
        var response = await Adapter().ProcessAsync(Body(activity.ToJsonString()), null, bot.Object);

        Assert.Equal(400, response.Status);
    }

    [Fact]
    public async Task Process_BodyStartingWithAByteOrderMark_IsRead()
    {
        var sent = RecordSent(PlaygroundSend);
        var body = new MemoryStream([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Fixture.Read(Fixture.PlaygroundMessage))]);

        var response = await Adapter().ProcessAsync(body, null, new EchoBot());

        Assert.Equal(200, response.Status);
        Assert.Equal("You said: Hello, Bot!", JsonNode.Parse(sent.Body!)!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task Process_NoTokenWhileAuthenticationOn_Answers401AndRunsNothing()
    {
        UseAuthentication();
        var bot = new Mock<IBot>(MockBehavior.Strict);

        var response = await Adapter().ProcessAsync(Body(Fixture.Read(Fixture.MessagePersonal)), null, bot.Object);

        Assert.Equal(401, response.Status);
    }

    [Fact]
    public async Task Process_TokenBoundToAnotherServiceUrl_Answers401AndRunsNothing()
    {
        UseAuthentication();
        var bot = new Mock<IBot>(MockBehavior.Strict);
        var token = keys.BotFrameworkToken("https://smba.trafficmanager.net/emea/");

        var response = await Adapter().ProcessAsync(Body(Fixture.Read(Fixture.MessagePersonal)), "Bearer " + token, bot.Object);

        Assert.Equal(401, response.Status);
    }

    [Fact]
    public async Task Process_MetadataUnreachable_Answers503AndRunsNothing()
    {
        UseAuthentication();
        var bot = new Mock<IBot>(MockBehavior.Strict);
        var authenticator = new BotAuthenticator(Options.Create(harness.Authentication), Options.Create(harness.Options), new LocalDocumentRetriever(), NullLogger<BotAuthenticator>.Instance);
        var adapter = new CloudAdapter(authenticator, harness.CreateFactory(), harness.Trust!, Options.Create(harness.Options), NullLogger<CloudAdapter>.Instance);

        var response = await adapter.ProcessAsync(
            Body(Fixture.Read(Fixture.MessagePersonal)), "Bearer " + keys.BotFrameworkToken("https://smba.trafficmanager.net/amer/"), bot.Object);

        Assert.Equal(503, response.Status);
    }

    [Fact]
    public async Task Process_BodyStreamFails_Answers400()
    {
        var bot = new Mock<IBot>(MockBehavior.Strict);

        var response = await Adapter().ProcessAsync(new FailingStream(), null, bot.Object);

        Assert.Equal(400, response.Status);
    }

    [Fact]
    public async Task Process_BodyOverTheLimit_Answers413()
    {
        var bot = new Mock<IBot>(MockBehavior.Strict);
        var huge = "{\"type\":\"message\",\"text\":\"" + new string('x', 256 * 1024) + "\"}";

        var response = await Adapter().ProcessAsync(Body(huge), null, bot.Object);

        Assert.Equal(413, response.Status);
    }

    [Theory]
    [InlineData("{\"type\":\"message\",")]
    [InlineData("not json")]
    [InlineData("[1,2,3]")]
    [InlineData("null")]
    [InlineData("")]
    [InlineData("{\"text\":\"no type\"}")]
    [InlineData("{\"type\":\"   \"}")]
    [InlineData("{\"type\":\"message\",\"timestamp\":\"yesterday\"}")]
    public async Task Process_MalformedOrUntypedActivity_Answers400(string body)
    {
        var bot = new Mock<IBot>(MockBehavior.Strict);

        var response = await Adapter().ProcessAsync(Body(body), null, bot.Object);

        Assert.Equal(400, response.Status);
    }

    [Fact]
    public async Task Process_UnknownActivityType_Answers200WithoutSending()
    {
        var anything = harness.Http.When("*").Respond(HttpStatusCode.OK);

        var response = await Adapter().ProcessAsync(Body("""{"type":"somethingNew","serviceUrl":"http://localhost:1/","conversation":{"id":"a:1"}}"""), null, new EchoBot());

        Assert.Equal(200, response.Status);
        Assert.Equal(0, harness.Http.GetMatchCount(anything));
    }

    [Fact]
    public async Task Process_HandlerThrows_Answers200AndApologises()
    {
        var sent = RecordSent(PlaygroundSend);

        var response = await Adapter().ProcessAsync(Body(Fixture.Read(Fixture.PlaygroundMessage)), null, new ThrowingBot());

        Assert.Equal(200, response.Status);
        Assert.Equal(new BotOptions().ErrorReplyText, JsonNode.Parse(sent.Body!)!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task Process_HandlerThrowsAndApologyFails_StillAnswers200()
    {
        harness.Http.When("*").Respond(HttpStatusCode.Forbidden, "application/json", """{"error":{"code":"BotNotInConversationRoster"}}""");

        var response = await Adapter().ProcessAsync(Body(Fixture.Read(Fixture.PlaygroundMessage)), null, new ThrowingBot());

        Assert.Equal(200, response.Status);
    }

    [Fact]
    public async Task Process_UnhandledInvoke_Answers501()
    {
        var response = await Adapter().ProcessAsync(Body(Fixture.Read(Fixture.InvokeAdaptiveCardAction)), null, new EchoBot());

        Assert.Equal(501, response.Status);
        Assert.Null(response.Body);
    }

    [Fact]
    public async Task Process_HandledAdaptiveCardInvoke_AnswersItsStatusAndBody()
    {
        var response = await Adapter().ProcessAsync(Body(Fixture.Read(Fixture.InvokeAdaptiveCardAction)), null, new CardBot());

        Assert.Equal(200, response.Status);
        JsonAssert.Equivalent(
            """{"statusCode":200,"type":"application/vnd.microsoft.activity.message","value":"Thanks for: test invokes"}""",
            Encoding.UTF8.GetString(response.Body!));
    }

    [Fact]
    public async Task Process_InvokeHandlerThrows_Answers500()
    {
        harness.Http.When("*").Respond(HttpStatusCode.OK);

        var response = await Adapter().ProcessAsync(Body(Fixture.Read(Fixture.InvokeAdaptiveCardAction)), null, new ThrowingBot());

        Assert.Equal(500, response.Status);
    }

    [Fact]
    public async Task ContinueConversation_StoredReference_SendsAProactiveMessage()
    {
        var sent = RecordSent(PlaygroundSend);
        var reference = Fixture.Activity(Fixture.PlaygroundMessage).GetConversationReference();

        await Adapter().ContinueConversationAsync(reference, (turn, ct) => turn.SendActivityAsync("Reminder: course due", ct));

        var message = JsonNode.Parse(sent.Body!)!;
        Assert.Equal("Reminder: course due", message["text"]!.GetValue<string>());
        Assert.Null(message["replyToId"]);
        Assert.Equal("user-id-0", message["recipient"]!["id"]!.GetValue<string>());
    }

    private static MemoryStream Body(string json) => new(Encoding.UTF8.GetBytes(json));

    /// <summary>Accepts every activity posted under <paramref name="url"/> (a prefix, * for any rest) and keeps the last body.</summary>
    private SentActivity RecordSent(string url)
    {
        var sent = new SentActivity();
        harness.Http.When(HttpMethod.Post, url).Respond(async request =>
        {
            sent.Body = await request.Content!.ReadAsStringAsync();
            return new HttpResponseMessage(HttpStatusCode.Created) { Content = new StringContent("""{"id":"r1"}""") };
        });
        return sent;
    }

    private sealed class SentActivity
    {
        public string? Body { get; set; }
    }

    private void UseAuthentication()
    {
        harness.Dispose();
        harness = new ConnectorHarness(authenticationOn: true);
    }

    private CloudAdapter Adapter()
    {
        var factory = harness.CreateFactory();
        var authenticator = new BotAuthenticator(Options.Create(harness.Authentication), Options.Create(harness.Options), keys.Documents, NullLogger<BotAuthenticator>.Instance);
        return new CloudAdapter(authenticator, factory, harness.Trust!, Options.Create(harness.Options), NullLogger<CloudAdapter>.Instance);
    }

    private sealed class FailingStream : MemoryStream
    {
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            ValueTask.FromException<int>(new IOException("Unexpected end of request content."));
    }

    private sealed class EchoBot : ActivityHandler
    {
        protected override Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
            turnContext.SendActivityAsync($"You said: {turnContext.Activity.Text}", cancellationToken);
    }

    private sealed class CardBot : ActivityHandler
    {
        protected override Task<AdaptiveCardInvokeResponse> OnAdaptiveCardInvokeAsync(
            ITurnContext turnContext, AdaptiveCardInvokeValue invokeValue, CancellationToken cancellationToken) =>
            Task.FromResult(AdaptiveCardInvokeResponse.Message($"Thanks for: {invokeValue.Action!.Data!["feedback"]}"));
    }

    private sealed class ThrowingBot : IBot
    {
        public Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("The catalog is not loaded.");
    }
}
