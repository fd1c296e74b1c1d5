using System.Net;
using KarmayogiBot.Protocol.Connector;
using KarmayogiBot.Protocol.Schema;
using KarmayogiBot.Protocol.Tests.Support;
using RichardSzalay.MockHttp;

namespace KarmayogiBot.Protocol.Tests.Connector;

public sealed class ConnectorRetryTests : IDisposable
{
    private const string ServiceUrl = "https://smba.trafficmanager.net/teams/";
    private const string SendUrl = ServiceUrl + "v3/conversations/a%3A1/activities";

    private readonly ConnectorHarness harness = new();

    public void Dispose() => harness.Dispose();

    [Fact]
    public async Task Send_429WithRetryAfterSeconds_WaitsThatLongThenSucceeds()
    {
        var calls = Respond(
            () => Throttled(r => r.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(3))),
            () => Ok("m1"));

        var result = await Send();

        Assert.Equal("m1", result.Id);
        Assert.Equal(2, calls());
        Assert.Equal([TimeSpan.FromSeconds(3)], harness.Time.Delays);
    }

    [Fact]
    public async Task Send_429WithRetryAfterDate_WaitsUntilThatDate()
    {
        var calls = Respond(
            () => Throttled(r => r.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(harness.Time.Now.AddSeconds(7))),
            () => Ok("m1"));

        await Send();

        Assert.Equal(2, calls());
        Assert.Equal([TimeSpan.FromSeconds(7)], harness.Time.Delays);
    }

    [Fact]
    public async Task Send_429AskingForAnHour_WaitsNoLongerThanMaxRetryDelay()
    {
        harness.Options.MaxRetryDelay = TimeSpan.FromSeconds(20);
        Respond(
            () => Throttled(r => r.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromHours(1))),
            () => Ok("m1"));

        await Send();

        Assert.Equal([TimeSpan.FromSeconds(20)], harness.Time.Delays);
    }

    [Theory]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    [InlineData(HttpStatusCode.PreconditionFailed)]
    public async Task Send_TransientFailureThenSuccess_RetriesWithBackoff(HttpStatusCode status)
    {
        var calls = Respond(() => new HttpResponseMessage(status), () => new HttpResponseMessage(status), () => Ok("m1"));

        var result = await Send();

        Assert.Equal("m1", result.Id);
        Assert.Equal(3, calls());
        Assert.Equal(2, harness.Time.Delays.Count);
        Assert.All(harness.Time.Delays, d => Assert.InRange(d, TimeSpan.FromMilliseconds(1), harness.Options.MaxRetryDelay));
    }

    [Fact]
    public async Task Send_AlwaysUnavailable_GivesUpAfterMaxRetriesWithTheStatus()
    {
        harness.Options.MaxRetryAttempts = 2;
        var calls = Respond(
            () => new HttpResponseMessage(HttpStatusCode.ServiceUnavailable)
            {
                Content = new StringContent("""{"error":{"code":"ServiceUnavailable","message":"try again"}}"""),
            });

        var error = await Assert.ThrowsAsync<ConnectorException>(Send);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.StatusCode);
        Assert.Equal("ServiceUnavailable", error.ErrorCode);
        Assert.Equal(3, calls());
    }

    [Fact]
    public async Task Send_ForbiddenBlockedByUser_FailsAtOnceWithTheErrorCode()
    {
        var calls = Respond(() => new HttpResponseMessage(HttpStatusCode.Forbidden)
        {
            Content = new StringContent("""{"error":{"code":"ConversationBlockedByUser","message":"User blocked the conversation with the bot."}}"""),
        });

        var error = await Assert.ThrowsAsync<ConnectorException>(Send);

        Assert.True(error.IsForbidden);
        Assert.Equal(ConnectorErrorCodes.ConversationBlockedByUser, error.ErrorCode);
        Assert.Equal("User blocked the conversation with the bot.", error.ErrorMessage);
        Assert.Equal("SendToConversation", error.Operation);
        Assert.Equal(1, calls());
        Assert.Empty(harness.Time.Delays);
    }

    [Fact]
    public async Task Send_NotFoundLegacyErrorBody_FailsAtOnceWithTheNumericCode()
    {
        var calls = Respond(() => new HttpResponseMessage(HttpStatusCode.NotFound)
        {
            Content = new StringContent("""{"errorCode":209,"message":"Conversation not found"}"""),
        });

        var error = await Assert.ThrowsAsync<ConnectorException>(Send);

        Assert.True(error.IsNotFound);
        Assert.Equal("209", error.ErrorCode);
        Assert.Equal("Conversation not found", error.ErrorMessage);
        Assert.Equal(1, calls());
    }

    [Fact]
    public async Task Send_Unauthorized_FailsAtOnceWithoutACode()
    {
        var calls = Respond(() => new HttpResponseMessage(HttpStatusCode.Unauthorized) { Content = new StringContent("<html>nope</html>") });

        var error = await Assert.ThrowsAsync<ConnectorException>(Send);

        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
        Assert.Null(error.ErrorCode);
        Assert.Equal(1, calls());
    }

    [Fact]
    public async Task Send_NetworkErrorThenSuccess_Retries()
    {
        var calls = Respond(() => throw new HttpRequestException("connection reset"), () => Ok("m1"));

        var result = await Send();

        Assert.Equal("m1", result.Id);
        Assert.Equal(2, calls());
    }

    private static HttpResponseMessage Ok(string id) =>
        new(HttpStatusCode.OK) { Content = new StringContent($$"""{"id":"{{id}}"}""") };

    private static HttpResponseMessage Throttled(Action<HttpResponseMessage> configure)
    {
        var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests)
        {
            Content = new StringContent("""{"error":{"code":"Throttled","message":"Too many requests"}}"""),
        };
        configure(response);
        return response;
    }

    /// <summary>Answers successive sends with <paramref name="responses"/> (the last one repeats); returns the call counter.</summary>
    private Func<int> Respond(params Func<HttpResponseMessage>[] responses)
    {
        var calls = 0;
        harness.Http.When(HttpMethod.Post, SendUrl).Respond(_ =>
        {
            var index = Math.Min(Interlocked.Increment(ref calls), responses.Length) - 1;
            return responses[index]();
        });
        return () => Volatile.Read(ref calls);
    }

    private Task<ResourceResponse> Send() =>
        harness.Create(ServiceUrl).SendToConversationAsync("a:1", MessageFactory.Text("Your iGOT course is due"));
}
