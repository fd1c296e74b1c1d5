using System.Net;
using KarmayogiBot.Bot.Tests.Hosting;
using RichardSzalay.MockHttp;

namespace KarmayogiBot.Bot.Tests.Teams;

/// <summary>The invoke Teams sends when an officer presses 👍 or 👎 under an answer and submits its form.</summary>
public sealed class FeedbackInvokeTests
{
    private const string Dislike = """
        {
          "type": "invoke", "name": "message/submitAction", "id": "f:1", "channelId": "msteams", "serviceUrl": "http://localhost:56150/_connector",
          "from": { "id": "user-id-0", "name": "Alex Wilber", "aadObjectId": "00000000-0000-0000-0000-0000000000020" },
          "recipient": { "id": "00000000-0000-0000-0000-00000000000011", "name": "Test Bot" },
          "conversation": { "id": "personal-chat-id", "conversationType": "personal", "tenantId": "00000000-0000-0000-0000-0000000000001" },
          "replyToId": "r1", "locale": "en-IN",
          "value": { "actionName": "feedback", "actionValue": { "reaction": "dislike", "feedback": "{\"feedbackText\":\"It did not say which course is optional\"}" } }
        }
        """;

    [Fact]
    public async Task PostActivity_FeedbackVote_Answers200WithAnEmptyObjectAndSendsNothing()
    {
        using var host = new BotHostFactory();
        var anything = host.Connector.When("*").Respond(HttpStatusCode.OK);

        var response = await host.CreateClient().PostAsync("/api/messages", MessagesEndpointTests.Json(Dislike));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("{}", await response.Content.ReadAsStringAsync());
        Assert.Equal(0, host.Connector.GetMatchCount(anything));
    }

    [Fact]
    public async Task PostActivity_SubmitActionThatIsNoVote_Answers400()
    {
        using var host = new BotHostFactory();

        var response = await host.CreateClient().PostAsync("/api/messages",
            MessagesEndpointTests.Json(Dislike.Replace("\"dislike\"", "\"meh\"", StringComparison.Ordinal)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
