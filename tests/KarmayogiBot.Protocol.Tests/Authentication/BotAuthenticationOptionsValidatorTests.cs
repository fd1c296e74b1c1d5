using KarmayogiBot.Protocol.Authentication;

namespace KarmayogiBot.Protocol.Tests.Authentication;

public sealed class BotAuthenticationOptionsValidatorTests
{
    [Theory]
    [InlineData(null, null, null, null)]
    [InlineData("", "", "", "")]
    [InlineData("MultiTenant", "app", "secret", null)]
    [InlineData("multitenant", "app", "secret", "tenant")]
    [InlineData("SingleTenant", "app", "secret", "tenant")]
    [InlineData("UserAssignedMSI", "app", null, "tenant")]
    public void Validate_ConsistentSettings_Succeeds(string? type, string? id, string? password, string? tenant)
    {
        var result = Validate(type, id, password, tenant);

        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Theory]
    [InlineData("MultiTenant", "app", null, null, "MicrosoftAppPassword")]
    [InlineData(null, null, "secret", null, "MicrosoftAppId is empty")]
    [InlineData("SingleTenant", "app", "secret", null, "MicrosoftAppTenantId")]
    [InlineData("UserAssignedMSI", null, null, "tenant", "MicrosoftAppId")]
    [InlineData("UserAssignedMSI", "app", "secret", "tenant", "takes no MicrosoftAppPassword")]
    [InlineData("Federated", "app", "secret", "tenant", "MicrosoftAppType 'Federated'")]
    public void Validate_InconsistentSettings_FailsNamingTheKey(string? type, string? id, string? password, string? tenant, string expected)
    {
        var result = Validate(type, id, password, tenant);

        Assert.True(result.Failed);
        Assert.Contains(expected, result.FailureMessage);
    }

    private static Microsoft.Extensions.Options.ValidateOptionsResult Validate(string? type, string? id, string? password, string? tenant) =>
        new BotAuthenticationOptionsValidator().Validate(null, new BotAuthenticationOptions
        {
            MicrosoftAppType = type,
            MicrosoftAppId = id,
            MicrosoftAppPassword = password,
            MicrosoftAppTenantId = tenant,
        });
}
