namespace KarmayogiBot.Protocol.Authentication;

/// <summary>
/// The bot's identity, bound from the flat root configuration keys every Bot Framework deployment uses:
/// <c>MicrosoftAppType</c>, <c>MicrosoftAppId</c>, <c>MicrosoftAppPassword</c>, <c>MicrosoftAppTenantId</c>.
/// An empty <c>MicrosoftAppId</c> turns authentication off (local development) unless the type is
/// <c>UserAssignedMSI</c>, which never does.
/// </summary>
public sealed class BotAuthenticationOptions
{
    /// <summary><c>MultiTenant</c> (default when empty), <c>SingleTenant</c> or <c>UserAssignedMSI</c>, case-insensitive.</summary>
    public string? MicrosoftAppType { get; set; }

    public string? MicrosoftAppId { get; set; }

    /// <summary>The client secret; a secret, never logged.</summary>
    public string? MicrosoftAppPassword { get; set; }

    public string? MicrosoftAppTenantId { get; set; }

    /// <summary>The parsed <see cref="MicrosoftAppType"/>; throws when it is not one of the three values.</summary>
    public BotAppType AppType =>
        TryParseAppType(MicrosoftAppType, out var type)
            ? type
            : throw new InvalidOperationException($"MicrosoftAppType '{MicrosoftAppType}' is not MultiTenant, SingleTenant or UserAssignedMSI.");

    /// <summary>False only for an empty <c>MicrosoftAppId</c> with a secret-based app type.</summary>
    public bool IsAuthenticationEnabled =>
        !string.IsNullOrWhiteSpace(MicrosoftAppId)
        || (TryParseAppType(MicrosoftAppType, out var type) && type == BotAppType.UserAssignedMsi);

    /// <summary>The bot's own tenant when configured, else null.</summary>
    public string? OwnTenantId => string.IsNullOrWhiteSpace(MicrosoftAppTenantId) ? null : MicrosoftAppTenantId.Trim();

    internal static bool TryParseAppType(string? value, out BotAppType type)
    {
        switch (value?.Trim().ToUpperInvariant())
        {
            case null or "" or "MULTITENANT":
                type = BotAppType.MultiTenant;
                return true;
            case "SINGLETENANT":
                type = BotAppType.SingleTenant;
                return true;
            case "USERASSIGNEDMSI":
                type = BotAppType.UserAssignedMsi;
                return true;
            default:
                type = default;
                return false;
        }
    }
}
