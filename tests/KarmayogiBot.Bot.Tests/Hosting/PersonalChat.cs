using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using RichardSzalay.MockHttp;

namespace KarmayogiBot.Bot.Tests.Hosting;

/// <summary>Teams personal-chat messages to the bot host, as Teams posts them, and the reply as the connector receives it.</summary>
internal static class PersonalChat
{
    /// <summary>A message activity from <paramref name="userId"/> in their personal chat with the bot.</summary>
    public static JsonObject Message(string serviceUrl, string userId, string text, string id = "m1") => new()
    {
        ["type"] = "message", ["id"] = id, ["channelId"] = "msteams", ["serviceUrl"] = serviceUrl, ["text"] = text,
        ["from"] = new JsonObject { ["id"] = userId, ["name"] = "Officer" },
        ["recipient"] = new JsonObject { ["id"] = "28:bot", ["name"] = "KarmayogiBot" },
        ["conversation"] = new JsonObject { ["id"] = "a:" + userId, ["conversationType"] = "personal", ["tenantId"] = "t1" },
    };

    /// <summary>Posts <paramref name="activity"/> to the bot's messaging endpoint; the bot must answer 200.</summary>
    public static async Task PostAsync(this BotHostFactory host, JsonObject activity)
    {
        var response = await host.CreateClient().PostAsync("/api/messages", new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>The card of a reply the connector received, or its text as <c>{ "text": ... }</c>.</summary>
    public static JsonObject Content(JsonNode reply) =>
        reply["attachments"] is JsonArray { Count: > 0 } attachments ? attachments[0]!["content"]!.AsObject() : new JsonObject { ["text"] = reply["text"]!.GetValue<string>() };

    /// <summary>Sends a message from the officer with this e-mail (a new Teams user each time); returns the card or text of the bot's reply.</summary>
    public static async Task<JsonObject> AskAsync(this BotHostFactory host, string serviceUrl, string email, string text)
    {
        var userId = "29:" + Guid.NewGuid().ToString("N");
        string? reply = null;
        host.Connector.Clear(); // an earlier ask's definitions would match first and keep its reply
        host.Connector.When(HttpMethod.Get, $"{serviceUrl}v3/conversations/*/members/*")
            .Respond("application/json", JsonSerializer.Serialize(new { id = userId, name = "Officer", email, userPrincipalName = email }));
        host.Connector.When(HttpMethod.Post, $"{serviceUrl}v3/conversations/*")
            .Respond(async request =>
            {
                reply = await request.Content!.ReadAsStringAsync();
                return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("""{"id":"1"}""") };
            });

        await host.PostAsync(Message(serviceUrl, userId, text));

        return Content(JsonNode.Parse(reply!)!);
    }
}
