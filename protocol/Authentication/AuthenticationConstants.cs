namespace KarmayogiBot.Protocol.Authentication;

/// <summary>The fixed addresses and values of Bot Framework authentication ("Authentication with the Bot Connector API").</summary>
public static class AuthenticationConstants
{
    /// <summary>Issuer of the tokens the Bot Connector service sends.</summary>
    public const string BotFrameworkIssuer = "https://api.botframework.com";

    /// <summary>OpenID metadata of Bot Connector tokens.</summary>
    public const string BotFrameworkMetadataUrl = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary>OpenID metadata of Entra ID tokens from any tenant.</summary>
    public const string EntraCommonMetadataUrl = "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration";

    /// <summary>Tenants whose Entra tokens the Bot Framework (Emulator, channels, skills) sends.</summary>
    public static readonly IReadOnlyList<string> BotFrameworkTenants =
    [
        "d6d49420-f39b-4df7-a1dc-d59a935871db",
        "f8cdef31-a31e-4b4a-93e4-5f571e91255a",
        "69e9b82d-4842-4902-8d1e-abc5b98a55e8",
    ];

    /// <summary>Algorithms a valid inbound token may be signed with.</summary>
    public static readonly IReadOnlyList<string> AllowedAlgorithms = ["RS256", "RS384", "RS512"];

    /// <summary>Clock skew allowed on token lifetimes.</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    /// <summary>The claim binding a Bot Connector token to the activity's serviceUrl.</summary>
    public const string ServiceUrlClaim = "serviceurl";

    /// <summary>The scope of the bot's outbound (connector) token.</summary>
    public const string ConnectorScope = "https://api.botframework.com/.default";

    /// <summary>The managed-identity resource of the bot's outbound token.</summary>
    public const string ConnectorResource = "https://api.botframework.com";

    /// <summary>The tenant multi-tenant bots take their outbound token from.</summary>
    public const string BotFrameworkTenant = "botframework.com";

    /// <summary>The Entra login host.</summary>
    public const string LoginHost = "https://login.microsoftonline.com/";

    /// <summary>Tenant-specific OpenID metadata (used for tokens from the bot's own tenant).</summary>
    public static string EntraTenantMetadataUrl(string tenantId) =>
        $"{LoginHost}{Uri.EscapeDataString(tenantId)}/v2.0/.well-known/openid-configuration";

    /// <summary>The v1 (<c>sts.windows.net</c>) and v2 (<c>login.microsoftonline.com/.../v2.0</c>) issuers of <paramref name="tenantId"/>.</summary>
    public static IEnumerable<string> EntraIssuers(string tenantId)
    {
        yield return $"https://sts.windows.net/{tenantId}/";
        yield return $"{LoginHost}{tenantId}/v2.0";
    }
}
