namespace KarmayogiBot.Protocol.Authentication;

/// <summary>The <c>MicrosoftAppType</c> of the bot's Entra app registration.</summary>
public enum BotAppType
{
    /// <summary>Multi-tenant app with a client secret; outbound tokens from the <c>botframework.com</c> tenant. The default.</summary>
    MultiTenant,

    /// <summary>Single-tenant app with a client secret; outbound tokens from <c>MicrosoftAppTenantId</c>.</summary>
    SingleTenant,

    /// <summary>User-assigned managed identity whose client id is <c>MicrosoftAppId</c>; no secret.</summary>
    UserAssignedMsi,
}
