using KarmayogiBot.Protocol.Authentication;
using KarmayogiBot.Protocol.Connector;
using KarmayogiBot.Protocol.DependencyInjection;
using KarmayogiBot.Protocol.Turns;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KarmayogiBot.Protocol.Tests.DependencyInjection;

public sealed class ProtocolServiceCollectionExtensionsTests
{
    [Fact]
    public void AddBotConnector_WorkerConfiguration_ReadsFlatKeysAndTheBotSection()
    {
        using var provider = Build(services => services.AddBotConnector(), new()
        {
            ["MicrosoftAppType"] = "SingleTenant",
            ["MicrosoftAppId"] = "app-id",
            ["MicrosoftAppPassword"] = "secret",
            ["MicrosoftAppTenantId"] = "tenant-id",
            ["Bot:TrustedServiceUrls:0"] = "https://connector.cbic.example",
            ["Bot:MaxRetryAttempts"] = "5",
        });

        var authentication = provider.GetRequiredService<IOptions<BotAuthenticationOptions>>().Value;
        Assert.Equal(BotAppType.SingleTenant, authentication.AppType);
        Assert.Equal("tenant-id", authentication.OwnTenantId);
        Assert.Equal(5, provider.GetRequiredService<IOptions<BotOptions>>().Value.MaxRetryAttempts);
        Assert.True(provider.GetRequiredService<ServiceUrlTrust>().IsTrusted(new Uri("https://connector.cbic.example/x/")));
        Assert.NotNull(provider.GetRequiredService<IConnectorClientFactory>().Create("https://smba.trafficmanager.net/teams"));
        Assert.Null(provider.GetService<CloudAdapter>());
    }

    [Fact]
    public void AddBotProtocol_EmptyConfiguration_ResolvesTheAdapterWithAuthenticationOff()
    {
        using var provider = Build(services => services.AddBotProtocol(), []);

        Assert.NotNull(provider.GetRequiredService<CloudAdapter>());
        Assert.False(provider.GetRequiredService<BotAuthenticator>().IsAuthenticationEnabled);
    }

    [Fact]
    public void AddBotProtocol_SingleTenantWithoutTenant_FailsValidationNamingTheKey()
    {
        using var provider = Build(services => services.AddBotProtocol(), new()
        {
            ["MicrosoftAppType"] = "SingleTenant",
            ["MicrosoftAppId"] = "app-id",
            ["MicrosoftAppPassword"] = "secret",
        });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<BotAuthenticationOptions>>().Value);

        Assert.Contains("MicrosoftAppTenantId", error.Message);
    }

    [Fact]
    public void AddBotConnector_NegativeRetryCount_FailsValidation()
    {
        using var provider = Build(services => services.AddBotConnector(), new() { ["Bot:MaxRetryAttempts"] = "-1" });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<BotOptions>>().Value);

        Assert.Contains("Bot:MaxRetryAttempts", error.Message);
    }

    private static ServiceProvider Build(Action<IServiceCollection> register, Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddLogging();
        register(services);
        return services.BuildServiceProvider();
    }
}
