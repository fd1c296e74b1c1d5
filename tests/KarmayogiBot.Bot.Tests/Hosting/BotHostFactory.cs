using KarmayogiBot.Protocol.Connector;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RichardSzalay.MockHttp;

namespace KarmayogiBot.Bot.Tests.Hosting;

/// <summary>
/// The real bot host in process, with its settings overridden, the connector's HTTP handler replaced by a
/// MockHttp stub, logs captured, and optional extra service replacements.
/// </summary>
public sealed class BotHostFactory(Dictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    : WebApplicationFactory<Program>
{
    private readonly TempFolder _folder = new();

    public MockHttpMessageHandler Connector { get; } = new(BackendDefinitionBehavior.Always);

    public LogCapture Logs { get; } = new();

    /// <summary>
    /// Answers Teams' member look-up of <paramref name="userId"/> under <paramref name="serviceUrl"/> as Teams does
    /// (GET v3/conversations/{id}/members/{userId}: objectId, email, userPrincipalName): the bot's only source of
    /// who is speaking.
    /// </summary>
    public void AnswerMemberLookUp(string serviceUrl, string userId, string objectId, string email, string name = "Officer") =>
        Connector.When(HttpMethod.Get, $"{serviceUrl.TrimEnd('/')}/v3/conversations/*/members/{Uri.EscapeDataString(userId)}")
            .Respond("application/json", System.Text.Json.JsonSerializer.Serialize(new { id = userId, objectId, name, email, userPrincipalName = email, userRole = "user" }));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Authentication off unless a test says otherwise, whatever the machine's environment holds.
        builder.UseSetting("MicrosoftAppType", "");
        builder.UseSetting("MicrosoftAppId", "");
        builder.UseSetting("MicrosoftAppPassword", "");
        builder.UseSetting("MicrosoftAppTenantId", "");
        // A store of its own (the Development host seeds the demo zone into it), never the checkout's data/karmayogi.db.
        builder.UseSetting("ConnectionStrings:Karmayogi", $"Data Source={_folder.File("karmayogi.db")};Pooling=False");
        // Exports of its own too: a host on today's clock deletes as expired the links another host made on a test's clock.
        builder.UseSetting("Exports:Folder", _folder.File("exports"));
        foreach (var (key, value) in settings ?? [])
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(collection =>
        {
            collection.AddHttpClient(ConnectorClientFactory.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => Connector);
            collection.AddSingleton<ILoggerProvider>(Logs);
            services?.Invoke(collection);
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Connector.Dispose();
            _folder.Dispose();
        }
    }
}
