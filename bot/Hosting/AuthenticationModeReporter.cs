using KarmayogiBot.Protocol.Authentication;
using Microsoft.Extensions.Options;

namespace KarmayogiBot.Bot.Hosting;

/// <summary>Says at start-up whether inbound requests are authenticated, loudly when they are not.</summary>
internal sealed class AuthenticationModeReporter(
    IOptions<BotAuthenticationOptions> options,
    ILogger<AuthenticationModeReporter> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.IsAuthenticationEnabled)
        {
            logger.LogWarning(
                "Authentication is OFF because MicrosoftAppId is empty: /api/messages accepts requests without a token " +
                "and replies carry no token. Use this only for local development (Agents Playground, Emulator)");
        }
        else
        {
            logger.LogInformation("Authentication is on for app {MicrosoftAppId} ({MicrosoftAppType})",
                settings.MicrosoftAppId, settings.AppType);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
