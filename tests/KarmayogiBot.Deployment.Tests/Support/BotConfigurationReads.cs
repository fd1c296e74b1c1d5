using System.Net;
using System.Text;
using KarmayogiBot.Bot.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace KarmayogiBot.Deployment.Tests.Support;

/// <summary>
/// Every configuration key the bot reads with the given settings present: while its services are registered
/// (<see cref="BotServiceExtensions.AddBotServices"/>, which reads the store and listening settings at once), while the
/// host starts, answers a Teams message and serves a download, and when every options type it configures is read.
/// </summary>
public static class BotConfigurationReads
{
    private const string Message = """
        {
          "type": "message", "id": "m-1", "channelId": "msteams", "serviceUrl": "https://smba.trafficmanager.net/teams/",
          "from": { "id": "29:officer", "name": "An Officer", "aadObjectId": "aaaaaaaa-0000-0000-0000-000000000001" },
          "recipient": { "id": "28:bot", "name": "KarmayogiBot" },
          "conversation": { "id": "a:personal", "conversationType": "personal", "tenantId": "11111111-2222-3333-4444-555555555555" },
          "text": "my courses", "textFormat": "plain", "locale": "en-IN"
        }
        """;

    public static async Task<ConfigurationReads> RecordAsync(IReadOnlyDictionary<string, string?> settings)
    {
        var reads = new ConfigurationReads();

        // 1. Registration: Program's first step, with the recorder as the last source from the start.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = Environments.Production });
        using (builder.Configuration)
        {
            builder.Configuration.AddInMemoryCollection(settings);
            ((IConfigurationBuilder)builder.Configuration).Add(new RecordingConfigurationSource(reads));
            builder.AddBotServices();
        }

        // 2. The running host.
        using var host = new RecordingBotHost(settings, reads);
        using var client = host.CreateClient();
        var answer = await client.PostAsync("/api/messages", new StringContent(Message, Encoding.UTF8, "application/json"));
        if (answer.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"The bot answered the test message {(int)answer.StatusCode}: {await answer.Content.ReadAsStringAsync()}");
        }

        await client.GetAsync("/exports/0000?expires=0&sig=x");
        OptionsMaterializer.ReadAll(host.Services, host.Registrations!);
        return reads;
    }
}
