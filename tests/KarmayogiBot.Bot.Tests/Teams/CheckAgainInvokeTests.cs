using System.Globalization;
using System.Net;
using System.Text.Json;
using KarmayogiBot.Bot.Tests.Hosting;
using KarmayogiBot.Domain.Nudges;
using KarmayogiBot.Domain.Officers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RichardSzalay.MockHttp;

namespace KarmayogiBot.Bot.Tests.Teams;

/// <summary>"I've done it, check again" on a nudge or status card: the <c>adaptiveCard/action</c> invoke Teams sends for its Action.Execute.</summary>
public sealed class CheckAgainInvokeTests
{
    private const string CheckAgain = """
        {
          "type": "invoke", "name": "adaptiveCard/action", "id": "i:1", "channelId": "msteams", "serviceUrl": "http://localhost:56150/_connector",
          "from": { "id": "user-id-0", "name": "Alex Wilber", "aadObjectId": "00000000-0000-0000-0000-0000000000020" },
          "recipient": { "id": "00000000-0000-0000-0000-00000000000011", "name": "Test Bot" },
          "conversation": { "id": "personal-chat-id", "conversationType": "personal", "tenantId": "00000000-0000-0000-0000-0000000000001" },
          "replyToId": "nudge-1", "locale": "en-IN",
          "value": { "action": { "type": "Action.Execute", "id": "check-again", "verb": "checkStatus", "title": "I've done it, check again", "data": { "ask": "my status" } }, "trigger": "manual" }
        }
        """;

    [Theory]
    [InlineData("my status", "Your status: ", "From the iGOT report of ")]
    [InlineData("मेरी स्थिति", "आपकी स्थिति: ", " की iGOT रिपोर्ट के अनुसार")]
    public async Task PostActivity_CheckAgain_AnswersWithTheUpdatedStatusCardSayingTheReportsDate(string ask, string title, string asOf)
    {
        using var host = new BotHostFactory();
        host.AnswerMemberLookUp(MessagesEndpointTests.PlaygroundConnector, "user-id-0", MessagesEndpointTests.AlexObjectId, "alexw@example.com", "Alex Wilber");
        var sent = host.Connector.When(HttpMethod.Post, "*/activities*").Respond(HttpStatusCode.Created);

        var response = await host.CreateClient().PostAsync("/api/messages", MessagesEndpointTests.Json(CheckAgain.Replace("\"my status\"", $"\"{ask}\"", StringComparison.Ordinal)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(200, body.RootElement.GetProperty("statusCode").GetInt32());
        Assert.Equal("application/vnd.microsoft.card.adaptive", body.RootElement.GetProperty("type").GetString());
        var card = body.RootElement.GetProperty("value");
        Assert.Equal("AdaptiveCard", card.GetProperty("type").GetString());
        Assert.StartsWith(title, card.GetProperty("fallbackText").GetString(), StringComparison.Ordinal);
        Assert.Contains(card.GetProperty("body").EnumerateArray(), b => b.TryGetProperty("text", out var t) && t.GetString()!.Contains(asOf, StringComparison.Ordinal));
        Assert.Contains(card.GetProperty("actions").EnumerateArray(), a => a.GetProperty("type").GetString() == "Action.Execute" && a.GetProperty("verb").GetString() == "checkStatus");
        Assert.Equal(0, host.Connector.GetMatchCount(sent)); // the card is the answer: no message is sent
    }

    [Theory]
    [InlineData("English", "Reminders paused until 27.03.2026")]
    [InlineData("Hindi", "अनुस्मारक 27.03.2026 तक रोके गए")]
    public async Task PostActivity_RemindMeInAWeek_KeepsTheSnoozeForTheCycleAndAnswersWithTheCardSayingUntilWhen(string language, string title)
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse("2026-03-20T11:00:00+05:30", CultureInfo.InvariantCulture));
        using var host = new BotHostFactory(services: s => s.AddSingleton<TimeProvider>(clock));
        host.AnswerMemberLookUp(MessagesEndpointTests.PlaygroundConnector, "user-id-0", MessagesEndpointTests.AlexObjectId, "alexw@example.com", "Alex Wilber");
        var remindLater = CheckAgain.Replace("\"checkStatus\"", "\"remindInAWeek\"", StringComparison.Ordinal)
            .Replace("{ \"ask\": \"my status\" }", $"{{ \"cycle\": \"2025-26\", \"language\": \"{language}\" }}", StringComparison.Ordinal);

        var response = await host.CreateClient().PostAsync("/api/messages", MessagesEndpointTests.Json(remindLater));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var card = body.RootElement.GetProperty("value");
        Assert.StartsWith(title, card.GetProperty("fallbackText").GetString(), StringComparison.Ordinal);
        Assert.Contains(card.GetProperty("actions").EnumerateArray(), a => a.GetProperty("verb").GetString() == "checkStatus");
        var snoozed = await host.Services.GetRequiredService<INudgeSnoozes>().SnoozedAsync("2025-26", new DateOnly(2026, 3, 26));
        var alex = await host.Services.GetRequiredService<IOfficerStore>().FindByEmailAsync("alexw@example.com");
        Assert.Equal(new Dictionary<string, DateOnly> { [alex!.EmployeeCode] = new(2026, 3, 27) }, snoozed);
        Assert.Empty(await host.Services.GetRequiredService<INudgeSnoozes>().SnoozedAsync("2025-26", new DateOnly(2026, 3, 27)));
    }

    [Fact]
    public async Task PostActivity_RemindMeInAWeekFromSomeoneNotInTheRoster_SaysSoAndKeepsNothing()
    {
        using var host = new BotHostFactory();
        host.AnswerMemberLookUp(MessagesEndpointTests.PlaygroundConnector, "user-id-0", "11111111-2222-3333-4444-555555555555", "stranger@example.com", "Stranger");

        var response = await host.CreateClient().PostAsync("/api/messages", MessagesEndpointTests.Json(CheckAgain.Replace("\"checkStatus\"", "\"remindInAWeek\"", StringComparison.Ordinal)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("I could not find you in the roster, so there are no reminders of yours to pause.", body.RootElement.GetProperty("value").GetString());
        Assert.Empty(await host.Services.GetRequiredService<INudgeSnoozes>().SnoozedAsync("2025-26", new DateOnly(2026, 1, 1)));
    }

    [Fact]
    public async Task PostActivity_ExecuteWithAnUnknownVerb_Answers501()
    {
        using var host = new BotHostFactory();

        var response = await host.CreateClient().PostAsync("/api/messages", MessagesEndpointTests.Json(CheckAgain.Replace("\"checkStatus\"", "\"launchRocket\"", StringComparison.Ordinal)));

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }
}
