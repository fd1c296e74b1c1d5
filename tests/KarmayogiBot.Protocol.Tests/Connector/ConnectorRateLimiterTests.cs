using System.Diagnostics;
using System.Net;
using KarmayogiBot.Protocol.Connector;
using KarmayogiBot.Protocol.Schema;
using KarmayogiBot.Protocol.Tests.Support;
using Microsoft.Extensions.Options;
using RichardSzalay.MockHttp;

namespace KarmayogiBot.Protocol.Tests.Connector;

public sealed class ConnectorRateLimiterTests
{
    [Fact]
    public async Task Acquire_OverTheConversationLimitWithNoQueue_FailsWithClientRateLimited()
    {
        using var limiter = new ConnectorRateLimiter(Options.Create(new BotOptions { ConversationRequestsPerSecond = 2, RateLimitQueueLimit = 0 }));

        using (await limiter.AcquireAsync("a:1"))
        using (await limiter.AcquireAsync("a:1"))
        {
            var error = await Assert.ThrowsAsync<ConnectorException>(async () => await limiter.AcquireAsync("a:1"));

            Assert.Equal(HttpStatusCode.TooManyRequests, error.StatusCode);
            Assert.Equal(ConnectorErrorCodes.ClientRateLimited, error.ErrorCode);
        }
    }

    // Issue 15, item 5: with the old app-wide default of 30 a second per process, 32 officers asking at once got 28
    // turns a second. By default only Teams' per-conversation limit (7 a second) holds a reply back.
    [Fact]
    public async Task Acquire_DefaultsWithManyOfficersAtOnce_HoldsNoReplyBack()
    {
        using var limiter = new ConnectorRateLimiter(Options.Create(new BotOptions { RateLimitQueueLimit = 0 }));

        var leases = Enumerable.Range(0, 200).Select(i => limiter.AcquireAsync($"a:officer-{i}")).ToList();

        Assert.All(leases, lease => Assert.True(lease.IsCompletedSuccessfully));
        foreach (var lease in leases)
        {
            (await lease).Dispose();
        }

        Assert.Equal(7, new BotOptions().ConversationRequestsPerSecond);
    }

    [Fact]
    public async Task Acquire_OtherConversation_HasItsOwnBudget()
    {
        using var limiter = new ConnectorRateLimiter(Options.Create(new BotOptions { ConversationRequestsPerSecond = 1, RateLimitQueueLimit = 0 }));

        using var first = await limiter.AcquireAsync("a:1");
        using var second = await limiter.AcquireAsync("a:2");

        await Assert.ThrowsAsync<ConnectorException>(async () => await limiter.AcquireAsync("a:1"));
    }

    [Fact]
    public async Task Acquire_OverTheAppLimit_AppliesAcrossConversations()
    {
        using var limiter = new ConnectorRateLimiter(Options.Create(new BotOptions
        {
            ConversationRequestsPerSecond = 0,
            AppRequestsPerSecond = 3,
            RateLimitQueueLimit = 0,
        }));

        for (var i = 0; i < 3; i++)
        {
            (await limiter.AcquireAsync($"a:{i}")).Dispose();
        }

        await Assert.ThrowsAsync<ConnectorException>(async () => await limiter.AcquireAsync("a:99"));
    }

    [Fact]
    public async Task SendToConversation_BurstToOneConversation_IsPacedAtTheConfiguredRate()
    {
        using var harness = new ConnectorHarness();
        harness.Options.ConversationRequestsPerSecond = 5;
        harness.Http.When("*").Respond(HttpStatusCode.OK);
        var client = harness.Create("https://smba.trafficmanager.net/teams/");
        var watch = Stopwatch.StartNew();

        // 5 go at once (the bucket), the next 3 wait for a token each (one per 200 ms).
        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => client.SendToConversationAsync("a:1", MessageFactory.Text("x"))));

        Assert.InRange(watch.Elapsed, TimeSpan.FromMilliseconds(450), TimeSpan.FromSeconds(5));
    }
}
