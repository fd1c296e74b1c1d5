using Microsoft.Extensions.Options;

namespace KarmayogiBot.Protocol.Authentication;

/// <summary>Start-up validation of the MicrosoftApp* keys, with messages naming the key to fix.</summary>
public sealed class BotAuthenticationOptionsValidator : IValidateOptions<BotAuthenticationOptions>
{
    public ValidateOptionsResult Validate(string? name, BotAuthenticationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!BotAuthenticationOptions.TryParseAppType(options.MicrosoftAppType, out var type))
        {
            return ValidateOptionsResult.Fail(
                $"MicrosoftAppType '{options.MicrosoftAppType}' is not one of MultiTenant, SingleTenant, UserAssignedMSI.");
        }

        var hasId = !string.IsNullOrWhiteSpace(options.MicrosoftAppId);
        var hasPassword = !string.IsNullOrWhiteSpace(options.MicrosoftAppPassword);
        var hasTenant = !string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId);
        var failures = new List<string>();
        switch (type)
        {
            case BotAppType.MultiTenant when hasId && !hasPassword:
                failures.Add("MicrosoftAppType MultiTenant with a MicrosoftAppId needs MicrosoftAppPassword.");
                break;
            case BotAppType.MultiTenant when !hasId && hasPassword:
                failures.Add("MicrosoftAppPassword is set but MicrosoftAppId is empty; set both, or neither to run without authentication.");
                break;
            case BotAppType.SingleTenant when !(hasId && hasPassword && hasTenant):
                failures.Add("MicrosoftAppType SingleTenant needs MicrosoftAppId, MicrosoftAppPassword and MicrosoftAppTenantId.");
                break;
            case BotAppType.UserAssignedMsi when !(hasId && hasTenant):
                failures.Add("MicrosoftAppType UserAssignedMSI needs MicrosoftAppId (the identity's client id) and MicrosoftAppTenantId.");
                break;
            case BotAppType.UserAssignedMsi when hasPassword:
                failures.Add("MicrosoftAppType UserAssignedMSI takes no MicrosoftAppPassword; remove it.");
                break;
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
