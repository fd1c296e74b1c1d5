using KarmayogiBot.Protocol.Connector;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using RichardSzalay.MockHttp;

namespace KarmayogiBot.Deployment.Tests.Support;

/// <summary>
/// The real bot host (Program) in process, as App Service runs it (Production environment), with the given settings,
/// a <see cref="RecordingConfigurationSource"/> as its last configuration source, and the connector's HTTP handler
/// replaced by a stub that accepts every call.
/// </summary>
public sealed class RecordingBotHost(IReadOnlyDictionary<string, string?> settings, ConfigurationReads reads) : WebApplicationFactory<Program>
{
    public MockHttpMessageHandler Connector { get; } = new();

    /// <summary>The host's service registrations, for <see cref="OptionsMaterializer"/>.</summary>
    public IServiceCollection? Registrations { get; private set; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environments.Production);
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        // Applied when Program calls Build(), after the app's own sources (appsettings, environment, command line):
        // the recorder is the last source, so it is asked first for every key read from then on.
        builder.ConfigureAppConfiguration((_, configuration) => configuration.Add(new RecordingConfigurationSource(reads)));
        builder.ConfigureTestServices(services =>
        {
            services.AddHttpClient(ConnectorClientFactory.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => Connector);
            Registrations = services;
        });
        Connector.When("*").Respond("application/json", """{"id":"reply-1"}""");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Connector.Dispose();
        }
    }
}
