using KarmayogiBot.Protocol.Authentication;
using KarmayogiBot.Protocol.Connector;
using KarmayogiBot.Protocol.Turns;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols;

namespace KarmayogiBot.Protocol.DependencyInjection;

/// <summary>Registers the protocol module: <see cref="AddBotConnector"/> for a worker, <see cref="AddBotProtocol"/> for the bot.</summary>
public static class ProtocolServiceCollectionExtensions
{
    /// <summary>The <see cref="IHttpClientFactory"/> name of the client fetching OpenID metadata and JWKS documents.</summary>
    public const string OpenIdMetadataHttpClientName = "KarmayogiBot.OpenIdMetadata";

    /// <summary>
    /// The outbound side only, for a process without ASP.NET (the worker's proactive messages): options
    /// (MicrosoftApp* flat keys and the <c>Bot</c> section, validated at start), <see cref="ITokenProvider"/> (MSAL),
    /// <see cref="ServiceUrlTrust"/>, <see cref="ConnectorRateLimiter"/> and <see cref="IConnectorClientFactory"/>.
    /// Reads the configuration from the container's <see cref="IConfiguration"/>.
    /// </summary>
    public static IServiceCollection AddBotConnector(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (services.Any(d => d.ServiceType == typeof(IConnectorClientFactory)))
        {
            return services;
        }

        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<BotAuthenticationOptions>()
            .Configure<IConfiguration>((options, configuration) => configuration.Bind(options))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BotAuthenticationOptions>, BotAuthenticationOptionsValidator>());
        services.AddOptions<BotOptions>()
            .BindConfiguration(BotOptions.SectionName)
            .Validate(o => o.MaxRetryAttempts is >= 0 and <= 10, "Bot:MaxRetryAttempts must be between 0 and 10.")
            .Validate(o => o.RetryBaseDelay >= TimeSpan.Zero && o.RetryBaseDelay <= TimeSpan.FromMinutes(1), "Bot:RetryBaseDelay must be between 0 and 1 minute.")
            .Validate(o => o.MaxRetryDelay > TimeSpan.Zero && o.MaxRetryDelay <= TimeSpan.FromMinutes(10), "Bot:MaxRetryDelay must be over 0 and at most 10 minutes.")
            .Validate(o => o.ConversationRequestsPerSecond >= 0 && o.AppRequestsPerSecond >= 0, "Bot rate limits must be 0 (unlimited) or more.")
            .Validate(o => o.RateLimitQueueLimit >= 0, "Bot:RateLimitQueueLimit must be 0 or more.")
            .Validate(o => o.MaxRequestBodyBytes > 0, "Bot:MaxRequestBodyBytes must be positive.")
            .Validate(o => !string.IsNullOrWhiteSpace(o.ErrorReplyText), "Bot:ErrorReplyText must not be empty.")
            .Validate(o => o.TrustedServiceUrls.All(u => !string.IsNullOrWhiteSpace(u)), "Bot:TrustedServiceUrls must not contain empty entries.")
            .ValidateOnStart();

        // Redirects are never followed: a 3xx from a connector is an error, so a reply body (or, with authentication
        // on, the bot's token) cannot be bounced to another host.
        services.AddHttpClient(ConnectorClientFactory.HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromMinutes(15) });
        services.TryAddSingleton<ITokenProvider, MsalTokenProvider>();
        services.TryAddSingleton<ServiceUrlTrust>();
        services.TryAddSingleton<ConnectorRateLimiter>();
        services.TryAddSingleton<IConnectorClientFactory, ConnectorClientFactory>();
        return services;
    }

    /// <summary>
    /// <see cref="AddBotConnector"/> plus the inbound side: <see cref="BotAuthenticator"/> (metadata fetched by an
    /// <see cref="IDocumentRetriever"/> over HTTPS; replace that registration to serve local documents in tests)
    /// and <see cref="CloudAdapter"/>. The bot itself is registered by the host as <see cref="IBot"/>.
    /// </summary>
    public static IServiceCollection AddBotProtocol(this IServiceCollection services)
    {
        services.AddBotConnector();
        services.AddHttpClient(OpenIdMetadataHttpClientName, client => client.Timeout = TimeSpan.FromSeconds(30))
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(15) });
        services.TryAddSingleton<IDocumentRetriever>(sp => new HttpDocumentRetriever(
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(OpenIdMetadataHttpClientName))
        {
            RequireHttps = true,
        });
        services.TryAddSingleton<BotAuthenticator>();
        services.TryAddSingleton<CloudAdapter>();
        return services;
    }
}
