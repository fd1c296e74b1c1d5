using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using KarmayogiBot.Bot.Hosting;
using KarmayogiBot.Protocol.Authentication;
using KarmayogiBot.Protocol.Turns;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.Protocols;
using Moq;
using RichardSzalay.MockHttp;

namespace KarmayogiBot.Bot.Tests.Hosting;

public sealed class MessagesEndpointTests
{
    internal const string PlaygroundConnector = "http://localhost:56150/_connector";

    /// <summary>Alex Wilber's Entra object id, as the Agents Playground and the demo zone's roster have it.</summary>
    internal const string AlexObjectId = "00000000-0000-0000-0000-0000000000020";

    private static readonly System.Text.Json.JsonSerializerOptions Unescaped = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    // The shape the Microsoft 365 Agents Playground posts (its serviceUrl has no trailing slash).
    internal const string PlaygroundMessage = """
        {
          "type": "message", "id": "msg-1", "channelId": "msteams", "serviceUrl": "http://localhost:56150/_connector",
          "from": { "id": "user-id-0", "name": "Alex Wilber", "aadObjectId": "00000000-0000-0000-0000-0000000000020" },
          "recipient": { "id": "00000000-0000-0000-0000-00000000000011", "name": "Test Bot" },
          "conversation": { "id": "personal-chat-id", "conversationType": "personal", "tenantId": "00000000-0000-0000-0000-0000000000001" },
          "text": "Which courses are mandatory for me?", "textFormat": "plain", "locale": "en-IN"
        }
        """;

    internal const string PlaygroundInstall = """
        {
          "type": "installationUpdate", "action": "add", "id": "install-1", "channelId": "msteams",
          "serviceUrl": "http://localhost:56150/_connector",
          "from": { "id": "user-id-0", "aadObjectId": "00000000-0000-0000-0000-0000000000020" },
          "recipient": { "id": "00000000-0000-0000-0000-00000000000011", "name": "Test Bot" },
          "conversation": { "id": "personal-chat-id", "conversationType": "personal", "tenantId": "00000000-0000-0000-0000-0000000000001" }
        }
        """;

    [Fact]
    public async Task PostActivity_PlaygroundMessage_RepliesThroughTheConnector()
    {
        // 20.03.2026 in India: eleven days before the 2025-26 deadline.
        using var host = new BotHostFactory(services: s => s.AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(2026, 3, 20, 6, 0, 0, TimeSpan.Zero))));
        host.AnswerMemberLookUp(PlaygroundConnector, "user-id-0", AlexObjectId, "alexw@example.com", "Alex Wilber");
        string? reply = null;
        host.Connector.Expect(HttpMethod.Post, PlaygroundConnector + "/v3/conversations/personal-chat-id/activities/msg-1")
            .Respond(async request =>
            {
                reply = await request.Content!.ReadAsStringAsync();
                return new HttpResponseMessage(HttpStatusCode.Created) { Content = new StringContent("""{"id":"r1"}""") };
            });

        var response = await host.CreateClient().PostAsync("/api/messages", Json(PlaygroundMessage));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsStringAsync());
        host.Connector.VerifyNoOutstandingExpectation();
        var sent = JsonNode.Parse(reply!)!;
        // Alex Wilber is the demo zone's Inspector in CGST Chennai North, with three of the six courses done.
        var card = sent["attachments"]![0]!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", card["contentType"]!.GetValue<string>());
        var content = card["content"]!.ToJsonString(Unescaped);
        Assert.Contains("Classification of Goods and Services in GST", content);
        Assert.Contains("✅ Noting and Drafting", content);
        Assert.Contains("⏳ Demands under CGST Act, 2017", content);
        Assert.Equal("user-id-0", sent["recipient"]!["id"]!.GetValue<string>());
        Assert.Equal("00000000-0000-0000-0000-00000000000011", sent["from"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task PostActivity_PlaygroundInstall_SendsTheGreeting()
    {
        using var host = new BotHostFactory();
        string? greeting = null;
        host.Connector.When(HttpMethod.Post, PlaygroundConnector + "/v3/conversations/personal-chat-id/activities/*")
            .Respond(async request =>
            {
                greeting = await request.Content!.ReadAsStringAsync();
                return new HttpResponseMessage(HttpStatusCode.Created);
            });

        var response = await host.CreateClient().PostAsync("/api/messages", Json(PlaygroundInstall));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var card = JsonNode.Parse(greeting!)!["attachments"]![0]!["content"]!.ToJsonString(Unescaped);
        Assert.Contains("Namaste", card);
        Assert.Contains("your mandated courses", card);
    }

    [Fact]
    public async Task PostActivity_BodyOver256KB_Returns413()
    {
        using var host = new BotHostFactory();
        var body = PlaygroundMessage.Replace("Which courses are mandatory for me?", new string('x', 256 * 1024), StringComparison.Ordinal);

        var response = await host.CreateClient().PostAsync("/api/messages", Json(body));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task PostActivity_ChunkedBodyOver256KB_Returns413()
    {
        using var host = new BotHostFactory();
        var body = PlaygroundMessage.Replace("Which courses are mandatory for me?", new string('x', 300 * 1024), StringComparison.Ordinal);

        var response = await host.CreateClient().PostAsync("/api/messages", new UnknownLengthContent(Encoding.UTF8.GetBytes(body)));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Theory]
    [InlineData("{\"type\": \"message\", ")]
    [InlineData("<activity/>")]
    [InlineData("{\"text\": \"no type\"}")]
    [InlineData("")]
    public async Task PostActivity_MalformedOrUntyped_Returns400(string body)
    {
        using var host = new BotHostFactory();

        var response = await host.CreateClient().PostAsync("/api/messages", Json(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    // Issue 15, item 5: any Content-Type was accepted.
    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData(null)]
    public async Task PostActivity_BodyNotDeclaredJson_Returns415AndSendsNothing(string? contentType)
    {
        using var host = new BotHostFactory();
        var anything = host.Connector.When("*").Respond(HttpStatusCode.OK);
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(PlaygroundMessage));
        if (contentType is not null)
        {
            content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        }

        var response = await host.CreateClient().PostAsync("/api/messages", content);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal(0, host.Connector.GetMatchCount(anything));
    }

    [Theory]
    [InlineData("application/json; charset=utf-8")]
    [InlineData("Application/JSON")]
    [InlineData("application/vnd.microsoft.activity+json")]
    public async Task PostActivity_JsonInAnySpelling_IsAccepted(string contentType)
    {
        using var host = new BotHostFactory();
        host.Connector.When("*").Respond(HttpStatusCode.OK, "application/json", """{"id":"r"}""");
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(PlaygroundMessage));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);

        var response = await host.CreateClient().PostAsync("/api/messages", content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task PostActivity_UnknownType_Returns200AndSendsNothing()
    {
        using var host = new BotHostFactory();
        var anything = host.Connector.When("*").Respond(HttpStatusCode.OK);

        var response = await host.CreateClient().PostAsync("/api/messages",
            Json(PlaygroundMessage.Replace("\"type\": \"message\"", "\"type\": \"messageReaction\"", StringComparison.Ordinal)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, host.Connector.GetMatchCount(anything));
    }

    [Fact]
    public async Task PostActivity_UnhandledInvoke_Returns501()
    {
        using var host = new BotHostFactory();
        var invoke = PlaygroundMessage
            .Replace("\"type\": \"message\"", "\"type\": \"invoke\", \"name\": \"adaptiveCard/action\"", StringComparison.Ordinal)
            .Replace("\"text\": \"Which courses are mandatory for me?\"", "\"value\": {\"action\": {\"type\": \"Action.Execute\", \"verb\": \"done\"}}", StringComparison.Ordinal);

        var response = await host.CreateClient().PostAsync("/api/messages", Json(invoke));

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }

    [Fact]
    public async Task PostActivity_AppIdConfiguredAndNoToken_Returns401AndRunsNothing()
    {
        var bot = new Mock<IBot>(MockBehavior.Strict);
        using var host = new BotHostFactory(AuthenticationOn(), services => services.AddSingleton(bot.Object));
        var anything = host.Connector.When("*").Respond(HttpStatusCode.OK);

        var response = await host.CreateClient().PostAsync("/api/messages", Json(PlaygroundMessage));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        bot.VerifyNoOtherCalls();
        Assert.Equal(0, host.Connector.GetMatchCount(anything));
    }

    [Fact]
    public async Task PostActivity_ValidTeamsToken_RepliesWithTheBotsToken()
    {
        const string serviceUrl = "https://smba.trafficmanager.net/amer/";
        var tokens = new Mock<ITokenProvider>();
        tokens.Setup(t => t.GetAccessTokenAsync(It.IsAny<CancellationToken>())).ReturnsAsync("bot-outbound-token");
        using var host = new BotHostFactory(AuthenticationOn(), services =>
        {
            services.AddSingleton<IDocumentRetriever>(new LocalTokens());
            services.AddSingleton(tokens.Object);
        });
        AuthenticationHeaderValue? sentWith = null;
        host.Connector.When(HttpMethod.Post, serviceUrl + "v3/conversations/personal-chat-id/activities/msg-1").Respond(request =>
        {
            sentWith = request.Headers.Authorization;
            return new HttpResponseMessage(HttpStatusCode.OK);
        });
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", LocalTokens.Token(serviceUrl));

        var response = await client.PostAsync("/api/messages", Json(PlaygroundMessage.Replace(PlaygroundConnector, serviceUrl, StringComparison.Ordinal)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("bot-outbound-token", sentWith!.Parameter);
    }

    [Fact]
    public async Task PostActivity_TokenForAnotherBot_Returns401()
    {
        const string serviceUrl = "https://smba.trafficmanager.net/amer/";
        using var host = new BotHostFactory(AuthenticationOn(), services => services.AddSingleton<IDocumentRetriever>(new LocalTokens()));
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", LocalTokens.Token(serviceUrl, audience: "some-other-bot"));

        var response = await client.PostAsync("/api/messages", Json(PlaygroundMessage.Replace(PlaygroundConnector, serviceUrl, StringComparison.Ordinal)));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task PostActivity_HandlerThrows_Returns200AndApologises()
    {
        var bot = new Mock<IBot>();
        bot.Setup(b => b.OnTurnAsync(It.IsAny<ITurnContext>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new InvalidOperationException("boom"));
        using var host = new BotHostFactory(services: services => services.AddSingleton(bot.Object));
        string? apology = null;
        host.Connector.When(HttpMethod.Post, PlaygroundConnector + "/v3/conversations/personal-chat-id/activities/*").Respond(async request =>
        {
            apology = await request.Content!.ReadAsStringAsync();
            return new HttpResponseMessage(HttpStatusCode.Created);
        });

        var response = await host.CreateClient().PostAsync("/api/messages", Json(PlaygroundMessage));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("Sorry", JsonNode.Parse(apology!)!["text"]!.GetValue<string>());
        Assert.Contains(host.Logs.Entries, e => e.Level == Microsoft.Extensions.Logging.LogLevel.Error && e.Message.Contains("turn", StringComparison.Ordinal));
    }

    private static Dictionary<string, string?> AuthenticationOn() => new()
    {
        ["MicrosoftAppId"] = LocalTokens.AppId,
        ["MicrosoftAppPassword"] = "not-used-the-token-provider-is-faked",
    };

    internal static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    /// <summary>A JSON body sent chunked, with no Content-Length.</summary>
    private sealed class UnknownLengthContent : HttpContent
    {
        private readonly byte[] bytes;

        public UnknownLengthContent(byte[] bytes)
        {
            this.bytes = bytes;
            Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        protected override Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context) => stream.WriteAsync(bytes).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = -1;
            return false;
        }
    }
}
