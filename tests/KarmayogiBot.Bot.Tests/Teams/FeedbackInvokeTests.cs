using System.Net;
using KarmayogiBot.Bot.Tests.Hosting;
using KarmayogiBot.Domain.Questions;
using Microsoft.Extensions.DependencyInjection;
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

    [Fact]
    public async Task PostActivity_QuestionThenDislikeOnItsAnswer_TheLogHoldsTheQuestionWithoutPersonalDataAndTheVote()
    {
        using var host = new BotHostFactory();
        host.AnswerMemberLookUp(MessagesEndpointTests.PlaygroundConnector, "user-id-0", MessagesEndpointTests.AlexObjectId, "alexw@example.com", "Alex Wilber");
        var replies = 0;
        host.Connector.When(HttpMethod.Post, MessagesEndpointTests.PlaygroundConnector + "/v3/conversations/personal-chat-id/activities/*")
            .Respond(_ => new HttpResponseMessage(HttpStatusCode.Created) { Content = new StringContent($$"""{"id":"1:reply-{{Interlocked.Increment(ref replies)}}"}""") });
        var client = host.CreateClient();
        var question = MessagesEndpointTests.PlaygroundMessage.Replace(
            "Which courses are mandatory for me?", "Alex Wilber here, CB000100, 98765 43210, alexw@example.com: what is the deadline?", StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync("/api/messages", MessagesEndpointTests.Json(question))).StatusCode);
        var vote = await client.PostAsync("/api/messages", MessagesEndpointTests.Json(Dislike.Replace("\"r1\"", "\"1:reply-1\"", StringComparison.Ordinal)
            .Replace("It did not say which course is optional", "Call me on +91 99999 00000, it did not say the year", StringComparison.Ordinal)));

        Assert.Equal(HttpStatusCode.OK, vote.StatusCode);
        var logged = await LoggedAsync(host, q => q.Reaction is not null);
        Assert.Equal("[name] [name] here, [code], [phone], [email]: what is the deadline?", logged.Text);
        Assert.Equal(("Deadline", AnswerKinds.Answered, "English"), (logged.Reading, logged.AnswerKind, logged.Language));
        Assert.Equal(QuestionVote.Dislike, logged.Reaction);
        Assert.Equal(["Call me on [phone], it did not say the year"], logged.Comments);
    }

    /// <summary>The Agents Playground's vote: no replyToId, the comment as plain text. It is kept on the conversation's latest answer.</summary>
    [Fact]
    public async Task PostActivity_VoteWithoutReplyToId_KeptOnTheConversationsLatestAnswer()
    {
        using var host = new BotHostFactory();
        var replies = 0;
        host.Connector.When(HttpMethod.Post, MessagesEndpointTests.PlaygroundConnector + "/v3/conversations/personal-chat-id/activities/*")
            .Respond(_ => new HttpResponseMessage(HttpStatusCode.Created) { Content = new StringContent($$"""{"id":"1:reply-{{Interlocked.Increment(ref replies)}}"}""") });
        var client = host.CreateClient();
        var first = MessagesEndpointTests.PlaygroundMessage.Replace("Which courses are mandatory for me?", "what is the deadline?", StringComparison.Ordinal);
        var playgroundVote = Dislike.Replace("\"replyToId\": \"r1\", ", "", StringComparison.Ordinal)
            .Replace("\"{\\\"feedbackText\\\":\\\"It did not say which course is optional\\\"}\"", "\"It did not name my batch\"", StringComparison.Ordinal);
        Assert.DoesNotContain("replyToId", playgroundVote, StringComparison.Ordinal);
        Assert.Contains("\"It did not name my batch\"", playgroundVote, StringComparison.Ordinal);

        await client.PostAsync("/api/messages", MessagesEndpointTests.Json(first));
        await client.PostAsync("/api/messages", MessagesEndpointTests.Json(MessagesEndpointTests.PlaygroundMessage));
        var vote = await client.PostAsync("/api/messages", MessagesEndpointTests.Json(playgroundVote));

        Assert.Equal(HttpStatusCode.OK, vote.StatusCode);
        var logged = await LoggedAsync(host, q => q.Reaction is not null);
        Assert.Equal("Which courses are mandatory for me?", logged.Text);
        Assert.Equal(["It did not name my batch"], logged.Comments);
        Assert.Null((await host.Services.GetRequiredService<IQuestionStore>().ListAsync(null)).Single(q => q.Text == "what is the deadline?").Reaction);
    }

    [Fact]
    public async Task PostActivity_QuestionOutsideTheCirculars_LoggedAsNotUnderstoodWithoutAVote()
    {
        using var host = new BotHostFactory();
        host.Connector.When(HttpMethod.Post, "*").Respond("application/json", """{"id":"1:reply"}""");

        await host.CreateClient().PostAsync("/api/messages", MessagesEndpointTests.Json(MessagesEndpointTests.PlaygroundMessage.Replace(
            "Which courses are mandatory for me?", "Will it rain in Chennai tomorrow?", StringComparison.Ordinal)));

        var logged = await LoggedAsync(host, _ => true);
        Assert.Equal(("Will it rain in Chennai tomorrow?", AnswerKinds.NotUnderstood, null), (logged.Text, logged.AnswerKind, logged.Reaction));
    }

    /// <summary>The log is written after the turn, in the background: waits (at most ten seconds) for the first question that matches.</summary>
    private static async Task<LoggedQuestion> LoggedAsync(BotHostFactory host, Func<LoggedQuestion, bool> wanted)
    {
        var store = host.Services.GetRequiredService<IQuestionStore>();
        for (var tries = 0; tries < 100; tries++)
        {
            if ((await store.ListAsync(null)).FirstOrDefault(wanted) is { } found)
            {
                return found;
            }

            await Task.Delay(100);
        }

        throw new Xunit.Sdk.XunitException("No such question was logged within ten seconds");
    }
}
