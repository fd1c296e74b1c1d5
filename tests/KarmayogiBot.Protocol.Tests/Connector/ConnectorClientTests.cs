using System.Net;
using System.Text.Json.Nodes;
using KarmayogiBot.Protocol.Connector;
using KarmayogiBot.Protocol.Schema;
using KarmayogiBot.Protocol.Tests.Support;
using RichardSzalay.MockHttp;

namespace KarmayogiBot.Protocol.Tests.Connector;

public sealed class ConnectorClientTests : IDisposable
{
    private const string PlaygroundUrl = "http://localhost:56150/_connector";
    private const string TeamsUrl = "https://smba.trafficmanager.net/amer/";

    private readonly ConnectorHarness harness = new();

    public void Dispose() => harness.Dispose();

    [Fact]
    public async Task ReplyToActivity_PlaygroundServiceUrlWithoutTrailingSlash_KeepsTheConnectorSegment()
    {
        using var offline = new ConnectorHarness(authenticationOn: false);
        offline.Http.Expect(HttpMethod.Post, "http://localhost:56150/_connector/v3/conversations/personal-chat-id/activities/act-1")
            .Respond(HttpStatusCode.Created, "application/json", """{"id":"reply-1"}""");
        var client = offline.Create(PlaygroundUrl);

        var response = await client.ReplyToActivityAsync("personal-chat-id", "act-1", MessageFactory.Text("Namaste"));

        Assert.Equal("reply-1", response.Id);
        Assert.Equal("http://localhost:56150/_connector/", client.ServiceUrl.AbsoluteUri);
        offline.Http.VerifyNoOutstandingExpectation();
    }

    [Fact]
    public async Task SendToConversation_AuthenticationOff_SendsNoAuthorizationHeader()
    {
        using var offline = new ConnectorHarness(authenticationOn: false);
        HttpRequestMessage? seen = null;
        offline.Http.When(HttpMethod.Post, "http://localhost:56150/_connector/v3/conversations/personal-chat-id/activities")
            .Respond(request =>
            {
                seen = request;
                return new HttpResponseMessage(HttpStatusCode.Created);
            });

        var response = await offline.Create(PlaygroundUrl).SendToConversationAsync("personal-chat-id", MessageFactory.Text("Hi"));

        Assert.NotNull(seen);
        Assert.Null(seen.Headers.Authorization);
        Assert.Null(response.Id);
    }

    [Fact]
    public async Task ReplyToActivity_ChannelThreadIds_EscapesEveryId()
    {
        const string conversationId = "19:6848757105754c8981c67612732d9aa7@thread.tacv2;messageid=1759881511856";
        Uri? requested = null;
        harness.Http.When("*").Respond(request =>
        {
            requested = request.RequestUri;
            return new HttpResponseMessage(HttpStatusCode.OK);
        });

        await harness.Create(TeamsUrl).ReplyToActivityAsync(conversationId, "1:abc/def", MessageFactory.Text("x"));

        Assert.Equal(
            "https://smba.trafficmanager.net/amer/v3/conversations/19%3A6848757105754c8981c67612732d9aa7%40thread.tacv2%3Bmessageid%3D1759881511856/activities/1%3Aabc%2Fdef",
            requested!.AbsoluteUri);
    }

    [Fact]
    public async Task SendToConversation_Activity_PostsCamelCaseJsonWithoutNulls()
    {
        string? body = null;
        string? contentType = null;
        harness.Http.When(HttpMethod.Post, TeamsUrl + "v3/conversations/a%3A1/activities").Respond(async request =>
        {
            body = await request.Content!.ReadAsStringAsync();
            contentType = request.Content.Headers.ContentType!.MediaType;
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("""{"id":"m1"}""") };
        });

        var result = await harness.Create(TeamsUrl).SendToConversationAsync("a:1", MessageFactory.Text("Due on 31 March"));

        Assert.Equal("m1", result.Id);
        Assert.Equal("application/json", contentType);
        JsonAssert.Equivalent("""{"type":"message","text":"Due on 31 March"}""", body!);
    }

    [Fact]
    public async Task UpdateAndDelete_Activity_UsePutAndDeleteOnTheActivity()
    {
        harness.Http.Expect(HttpMethod.Put, TeamsUrl + "v3/conversations/a%3A1/activities/m1").Respond(HttpStatusCode.OK, "application/json", """{"id":"m1"}""");
        harness.Http.Expect(HttpMethod.Delete, TeamsUrl + "v3/conversations/a%3A1/activities/m1").Respond(HttpStatusCode.OK);
        var client = harness.Create(TeamsUrl);

        var updated = await client.UpdateActivityAsync("a:1", "m1", MessageFactory.Text("edited"));
        await client.DeleteActivityAsync("a:1", "m1");

        Assert.Equal("m1", updated.Id);
        harness.Http.VerifyNoOutstandingExpectation();
    }

    [Fact]
    public async Task CreateConversation_PersonalChat_PostsTheTeamsBodyAndReadsTheId()
    {
        string? body = null;
        harness.Http.When(HttpMethod.Post, "https://smba.trafficmanager.net/teams/v3/conversations").Respond(async request =>
        {
            body = await request.Content!.ReadAsStringAsync();
            return new HttpResponseMessage(HttpStatusCode.Created) { Content = new StringContent(Fixture.Read(Fixture.CreateConversationResponse)) };
        });

        var created = await harness.Create("https://smba.trafficmanager.net/teams/")
            .CreateConversationAsync(ConversationParameters.ForPersonalChat("28:bot-app", "29:user", "tenant-1"));

        Assert.StartsWith("a:1qhNLqpUtmuI6U35gzjsJn7uRnCkW8", created.Id);
        var sent = JsonNode.Parse(body!)!;
        Assert.False(sent["isGroup"]!.GetValue<bool>());
        Assert.Equal("28:bot-app", sent["bot"]!["id"]!.GetValue<string>());
        Assert.Equal("29:user", sent["members"]![0]!["id"]!.GetValue<string>());
        Assert.Equal("tenant-1", sent["tenantId"]!.GetValue<string>());
        Assert.Equal("tenant-1", sent["channelData"]!["tenant"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task GetConversationMember_TeamsAnswer_ReadsObjectIdAndEmail()
    {
        harness.Http.When(HttpMethod.Get, TeamsUrl + "v3/conversations/a%3A1/members/29%3Auser")
            .Respond("application/json", Fixture.Read(Fixture.GetMemberResponse));

        var member = await harness.Create(TeamsUrl).GetConversationMemberAsync("a:1", "29:user");

        Assert.Equal("9d3e08f9-a7ae-43aa-a4d3-de3f319a8a9c", member.AadObjectId);
        Assert.Equal("Larry.Brown@fabrikam.com", member.Email);
    }

    [Fact]
    public async Task GetPagedMembers_WithContinuation_PassesPageSizeAndEscapedToken()
    {
        harness.Http.Expect(HttpMethod.Get, TeamsUrl + "v3/conversations/19%3Ateam%40thread.tacv2/pagedmembers")
            .WithExactQueryString("pageSize=50&continuationToken=a%2Bb%3D%3D")
            .Respond("application/json", """{"continuationToken":"next","members":[{"id":"29:a","objectId":"oid-a"}]}""");

        var page = await harness.Create(TeamsUrl).GetPagedMembersAsync("19:team@thread.tacv2", 50, "a+b==");

        Assert.Equal("next", page.ContinuationToken);
        Assert.Equal("oid-a", Assert.Single(page.Members!).AadObjectId);
        harness.Http.VerifyNoOutstandingExpectation();
    }

    [Fact]
    public async Task SendToConversation_AllowListedTeamsHost_SendsTheBearerToken()
    {
        HttpRequestMessage? seen = null;
        harness.Http.When("*").Respond(request =>
        {
            seen = request;
            return new HttpResponseMessage(HttpStatusCode.OK);
        });

        await harness.Create("https://smba.trafficmanager.net/teams/").SendToConversationAsync("a:1", MessageFactory.Text("x"));

        Assert.Equal("Bearer", seen!.Headers.Authorization!.Scheme);
        Assert.Equal(ConnectorHarness.Token, seen.Headers.Authorization.Parameter);
    }

    [Fact]
    public async Task SendToConversation_ServiceUrlOfAnAuthenticatedActivity_SendsTheBearerToken()
    {
        HttpRequestMessage? seen = null;
        harness.Http.When("*").Respond(request =>
        {
            seen = request;
            return new HttpResponseMessage(HttpStatusCode.OK);
        });
        var factory = harness.CreateFactory();
        harness.Trust!.TrustAuthenticated("https://connector.gov.example/apis/");

        await factory.Create("https://connector.gov.example/apis/").SendToConversationAsync("a:1", MessageFactory.Text("x"));

        Assert.Equal(ConnectorHarness.Token, seen!.Headers.Authorization!.Parameter);
    }

    [Theory]
    [InlineData("https://evil.example.com/")]
    [InlineData("https://smba.trafficmanager.net.evil.example/")]
    [InlineData("http://smba.trafficmanager.net/amer/")]
    [InlineData("http://localhost:56150/_connector")]
    public async Task SendToConversation_UntrustedServiceUrl_RefusesWithoutSendingAnything(string serviceUrl)
    {
        var anything = harness.Http.When("*").Respond(HttpStatusCode.OK);

        await Assert.ThrowsAsync<UntrustedServiceUrlException>(
            () => harness.Create(serviceUrl).SendToConversationAsync("a:1", MessageFactory.Text("x")));

        Assert.Equal(0, harness.Http.GetMatchCount(anything));
        harness.TokenProvider.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task SendToConversation_ConfiguredExtraHost_SendsTheBearerToken()
    {
        harness.Options.TrustedServiceUrls.Add("bots.cbic.example");
        HttpRequestMessage? seen = null;
        harness.Http.When("*").Respond(request =>
        {
            seen = request;
            return new HttpResponseMessage(HttpStatusCode.OK);
        });

        await harness.Create("https://eu.bots.cbic.example/connector").SendToConversationAsync("a:1", MessageFactory.Text("x"));

        Assert.Equal(ConnectorHarness.Token, seen!.Headers.Authorization!.Parameter);
    }

    [Theory]
    [InlineData("not a url")]
    [InlineData("ftp://smba.trafficmanager.net/")]
    [InlineData("/relative/path")]
    public void Create_NotAnHttpUrl_Throws(string serviceUrl)
    {
        Assert.Throws<ArgumentException>(() => harness.Create(serviceUrl));
    }
}
