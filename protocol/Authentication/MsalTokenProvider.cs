using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;
using Microsoft.Identity.Client.AppConfig;

namespace KarmayogiBot.Protocol.Authentication;

/// <summary>
/// The connector token from MSAL: client credentials (<c>AcquireTokenForClient</c>, scope
/// <c>https://api.botframework.com/.default</c>) against <c>login.microsoftonline.com/botframework.com</c> for a
/// multi-tenant bot or <c>/{MicrosoftAppTenantId}</c> for a single-tenant one; for <c>UserAssignedMSI</c> the
/// managed identity whose client id is MicrosoftAppId. One MSAL application per process, so its token cache serves
/// the token until shortly before it expires. Null when authentication is off.
/// </summary>
public sealed class MsalTokenProvider : ITokenProvider
{
    private readonly BotAuthenticationOptions options;
    private readonly ILogger<MsalTokenProvider> logger;
    private readonly Lazy<IConfidentialClientApplication> confidentialClient;
    private readonly Lazy<IManagedIdentityApplication> managedIdentity;

    public MsalTokenProvider(IOptions<BotAuthenticationOptions> options, ILogger<MsalTokenProvider> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.options = options.Value;
        this.logger = logger ?? throw new ArgumentNullException(nameof(logger));
        confidentialClient = new Lazy<IConfidentialClientApplication>(CreateConfidentialClient);
        managedIdentity = new Lazy<IManagedIdentityApplication>(CreateManagedIdentity);
    }

    public async Task<string?> GetAccessTokenAsync(CancellationToken cancellationToken = default)
    {
        if (!options.IsAuthenticationEnabled)
        {
            return null;
        }

        var result = options.AppType == BotAppType.UserAssignedMsi
            ? await managedIdentity.Value
                .AcquireTokenForManagedIdentity(AuthenticationConstants.ConnectorResource)
                .ExecuteAsync(cancellationToken)
                .ConfigureAwait(false)
            : await confidentialClient.Value
                .AcquireTokenForClient([AuthenticationConstants.ConnectorScope])
                .ExecuteAsync(cancellationToken)
                .ConfigureAwait(false);

        if (result.AuthenticationResultMetadata.TokenSource != TokenSource.Cache)
        {
            logger.LogDebug("Acquired a connector token from {TokenSource}, valid until {ExpiresOn}",
                result.AuthenticationResultMetadata.TokenSource, result.ExpiresOn);
        }

        return result.AccessToken;
    }

    private IConfidentialClientApplication CreateConfidentialClient()
    {
        var tenant = options.AppType == BotAppType.SingleTenant
            ? options.OwnTenantId ?? throw new InvalidOperationException("SingleTenant needs MicrosoftAppTenantId.")
            : AuthenticationConstants.BotFrameworkTenant;
        return ConfidentialClientApplicationBuilder
            .Create(options.MicrosoftAppId!.Trim())
            .WithClientSecret(options.MicrosoftAppPassword)
            .WithAuthority(AuthenticationConstants.LoginHost + tenant)
            .Build();
    }

    private IManagedIdentityApplication CreateManagedIdentity() =>
        ManagedIdentityApplicationBuilder
            .Create(ManagedIdentityId.WithUserAssignedClientId(options.MicrosoftAppId!.Trim()))
            .Build();
}
