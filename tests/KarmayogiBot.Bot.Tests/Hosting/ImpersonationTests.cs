using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using KarmayogiBot.Domain.Officers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RichardSzalay.MockHttp;

namespace KarmayogiBot.Bot.Tests.Hosting;

/// <summary>
/// Issue 15, item 1: a sender that Teams' member look-up does not confirm is an unknown user, whatever
/// <c>from.aadObjectId</c> it writes. It cannot reach the nodal officer's zone figures or defaulters, and nothing is
/// stored over the nodal officer's conversation reference or Teams id.
/// </summary>
public sealed class ImpersonationTests : IDisposable
{
    private const string ServiceUrl = "https://smba.trafficmanager.net/in/";
    private const string KavitaObjectId = "7b5c1f0e-4a8d-4e2b-9c61-1f2e3d4c5b6a";
    private const string KavitaTeamsId = "29:kavita-menon";
    private const string KavitaChat = "a:kavita-personal-chat";

    private readonly BotHostFactory host = new(services: s => s.AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(2026, 3, 20, 6, 0, 0, TimeSpan.Zero))));
    private readonly Dictionary<string, string> replies = [];

    public ImpersonationTests()
    {
        // Kavita Menon is the demo zone's nodal officer (DEMO0004); Teams confirms her, and only her.
        host.AnswerMemberLookUp(ServiceUrl, KavitaTeamsId, KavitaObjectId, "kavita.menon@cbic.gov.in", "Kavita Menon");
        host.Connector.When(HttpMethod.Get, ServiceUrl + "v3/conversations/*/members/*")
            .Respond(HttpStatusCode.NotFound, "application/json", """{"error":{"code":"MemberNotFoundInConversation","message":"The member is not in the conversation."}}""");
        host.Connector.When(HttpMethod.Post, ServiceUrl + "v3/conversations/*").Respond(async request =>
        {
            var segments = request.RequestUri!.AbsolutePath.Split('/');
            var conversation = Uri.UnescapeDataString(segments[Array.IndexOf(segments, "conversations") + 1]);
            replies[conversation] = replies.GetValueOrDefault(conversation, "") + await request.Content!.ReadAsStringAsync();
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("""{"id":"1"}""") };
        });
    }

    public void Dispose() => host.Dispose();

    [Fact]
    public async Task UnconfirmedSenderWithTheNodalOfficersObjectId_GetsNoZoneDataAndChangesNothingOfHers()
    {
        var client = host.CreateClient();
        await client.PostAsync("/api/messages", Message(KavitaTeamsId, KavitaObjectId, KavitaChat, "defaulters"));
        // The nodal officer herself sees the zone's defaulters (Alex Wilber, DEMO0001, has courses pending).
        Assert.Contains("Alex Wilber (DEMO0001", replies[KavitaChat]);
        var officers = host.Services.GetRequiredService<IOfficerStore>();
        var conversations = host.Services.GetRequiredService<IConversationStore>();
        var before = await conversations.GetAsync("DEMO0004");

        var response = await client.PostAsync("/api/messages", Message("29:someone-else", KavitaObjectId, "a:chat-of-the-callers-choosing", "defaulters"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sent = replies["a:chat-of-the-callers-choosing"];
        Assert.DoesNotContain("Alex Wilber", sent);
        Assert.DoesNotContain("DEMO00", sent);
        Assert.DoesNotContain("Kavita", sent);
        var after = await conversations.GetAsync("DEMO0004");
        Assert.Equal(KavitaChat, after!.ConversationId);
        Assert.Equal(before!.UpdatedAt, after.UpdatedAt);
        var kavita = await officers.FindByEmployeeCodeAsync("DEMO0004");
        Assert.Equal(KavitaTeamsId, kavita!.TeamsUserId);
        Assert.Equal(KavitaObjectId, kavita.AadObjectId);
    }

    [Fact]
    public async Task UnconfirmedSenderAskingForTheirStatus_IsTreatedAsNotInTheRoster()
    {
        var client = host.CreateClient();

        await client.PostAsync("/api/messages", Message("29:someone-else", MessagesEndpointTests.AlexObjectId, "a:another-chat", "my status"));

        // Alex Wilber (DEMO0001) has three of six courses done; an unconfirmed sender using his object id sees none of it.
        var sent = replies["a:another-chat"];
        Assert.DoesNotContain("Alex", sent);
        Assert.DoesNotContain("✅", sent);
        Assert.Null(await host.Services.GetRequiredService<IConversationStore>().GetAsync("DEMO0001"));
    }

    private static StringContent Message(string fromId, string aadObjectId, string conversationId, string text) => new(new JsonObject
    {
        ["type"] = "message", ["id"] = "m-" + Guid.NewGuid().ToString("N"), ["channelId"] = "msteams", ["serviceUrl"] = ServiceUrl, ["text"] = text,
        ["from"] = new JsonObject { ["id"] = fromId, ["name"] = "Someone", ["aadObjectId"] = aadObjectId },
        ["recipient"] = new JsonObject { ["id"] = "28:bot", ["name"] = "KarmayogiBot" },
        ["conversation"] = new JsonObject { ["id"] = conversationId, ["conversationType"] = "personal", ["tenantId"] = "t1" },
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "t1" } },
    }.ToJsonString(), Encoding.UTF8, "application/json");
}
