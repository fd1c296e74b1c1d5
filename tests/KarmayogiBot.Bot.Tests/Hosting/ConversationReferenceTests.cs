using System.Net;
using KarmayogiBot.Bot.Teams;
using KarmayogiBot.Domain.Officers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RichardSzalay.MockHttp;

namespace KarmayogiBot.Bot.Tests.Hosting;

/// <summary>The conversation reference kept for proactive messages: on install at once, while chatting at most every ten minutes.</summary>
public sealed class ConversationReferenceTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 20, 6, 0, 0, TimeSpan.Zero);

    private static async Task<DateTimeOffset?> StoredAtAsync(BotHostFactory host)
    {
        // Alex Wilber, the Agents Playground's user, is the demo zone's officer DEMO0001.
        var officer = await host.Services.GetRequiredService<IOfficerStore>().FindByEmailAsync("alexw@example.com");
        return (await host.Services.GetRequiredService<IConversationStore>().GetAsync(officer!.EmployeeCode))?.UpdatedAt;
    }

    /// <summary>The bot with the clock given, and a connector that accepts every reply in the playground's chat.</summary>
    private static BotHostFactory Host(FakeTimeProvider clock)
    {
        var host = new BotHostFactory(services: s => s.AddSingleton<TimeProvider>(clock));
        host.AnswerMemberLookUp(MessagesEndpointTests.PlaygroundConnector, "user-id-0", MessagesEndpointTests.AlexObjectId, "alexw@example.com", "Alex Wilber");
        host.Connector.When(HttpMethod.Post, MessagesEndpointTests.PlaygroundConnector + "/v3/conversations/personal-chat-id/activities/*")
            .Respond(HttpStatusCode.Created, "application/json", """{"id":"r"}""");
        return host;
    }

    [Fact]
    public async Task Messages_WithinTenMinutes_StoreTheReferenceOnce_ThenRefreshIt()
    {
        var clock = new FakeTimeProvider(Start);
        using var host = Host(clock);
        var client = host.CreateClient();

        await client.PostAsync("/api/messages", MessagesEndpointTests.Json(MessagesEndpointTests.PlaygroundMessage));
        var first = await StoredAtAsync(host);
        clock.Advance(RecentConversations.RefreshInterval - TimeSpan.FromSeconds(1));
        await client.PostAsync("/api/messages", MessagesEndpointTests.Json(MessagesEndpointTests.PlaygroundMessage));
        var unchanged = await StoredAtAsync(host);
        clock.Advance(TimeSpan.FromSeconds(1));
        await client.PostAsync("/api/messages", MessagesEndpointTests.Json(MessagesEndpointTests.PlaygroundMessage));
        var refreshed = await StoredAtAsync(host);

        Assert.Equal(Start, first);
        Assert.Equal(Start, unchanged);
        Assert.Equal(Start + RecentConversations.RefreshInterval, refreshed);
    }

    [Fact]
    public async Task Install_RightAfterAMessage_StoresTheReferenceAgain()
    {
        var clock = new FakeTimeProvider(Start);
        using var host = Host(clock);
        var client = host.CreateClient();
        await client.PostAsync("/api/messages", MessagesEndpointTests.Json(MessagesEndpointTests.PlaygroundMessage));

        clock.Advance(TimeSpan.FromMinutes(1));
        await client.PostAsync("/api/messages", MessagesEndpointTests.Json(MessagesEndpointTests.PlaygroundInstall));

        Assert.Equal(Start + TimeSpan.FromMinutes(1), await StoredAtAsync(host));
    }
}
