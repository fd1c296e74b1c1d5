using System.Net;
using System.Text.Json.Nodes;
using KarmayogiBot.Bot.Hosting;
using KarmayogiBot.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace KarmayogiBot.Bot.Tests.Hosting;

public sealed class HostStartupTests
{
    [Fact]
    public async Task Healthz_Get_Returns200Json()
    {
        using var host = new BotHostFactory();

        var response = await host.CreateClient().GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("ok", JsonNode.Parse(await response.Content.ReadAsStringAsync())!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Start_AuthenticationOff_WarnsThatItIsOff()
    {
        using var host = new BotHostFactory();

        await host.CreateClient().GetAsync("/healthz");

        Assert.Contains(host.Logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("Authentication is OFF", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Start_AuthenticationOn_DoesNotWarn()
    {
        using var host = new BotHostFactory(new() { ["MicrosoftAppId"] = "app-id", ["MicrosoftAppPassword"] = "secret" });

        await host.CreateClient().GetAsync("/healthz");

        Assert.DoesNotContain(host.Logs.Entries, e => e.Message.Contains("Authentication is OFF", StringComparison.Ordinal));
        Assert.Contains(host.Logs.Entries, e => e.Message.Contains("Authentication is on for app app-id", StringComparison.Ordinal));
    }

    [Fact]
    public void Start_SingleTenantWithoutTenant_FailsNamingTheMissingKey()
    {
        using var host = new BotHostFactory(new()
        {
            ["MicrosoftAppType"] = "SingleTenant",
            ["MicrosoftAppId"] = "app-id",
            ["MicrosoftAppPassword"] = "secret",
        });

        var error = Assert.ThrowsAny<Exception>(() => host.CreateClient());

        Assert.Contains("MicrosoftAppTenantId", error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Store:Provider", "LiteDB")]
    [InlineData("Store:BusyTimeoutSeconds", "0")]
    [InlineData("Bot:StoreReadCacheSeconds", "-1")]
    [InlineData("Bot:ConversationMemoryWriteDelaySeconds", "soon")]
    [InlineData("Exports:BaseUrl", "karmayogibot.example")]
    public void Start_BadStoreCacheOrExportSetting_FailsNamingTheKey(string key, string value)
    {
        var error = StartupError(new() { [key] = value });

        Assert.Contains(key, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Start_OutsideDevelopmentWithoutSigningKey_FailsNamingTheKey()
    {
        var error = StartupError(new() { ["environment"] = "Production", ["Exports:SigningKey"] = "" });

        Assert.Contains("Exports:SigningKey is not set", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Start_WithABadPhrasingFile_FailsNamingTheFileAndLine_BeforeAnyQuestion()
    {
        // Data over code: the phrasings are validated at start-up, not by the first officer's question.
        using var folder = new TempFolder();
        var phrasings = folder.File("phrasings");
        Directory.CreateDirectory(phrasings);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "phrasings"), "*.yaml"))
        {
            File.Copy(file, Path.Combine(phrasings, Path.GetFileName(file)));
        }

        var en = Path.Combine(phrasings, "en.yaml");
        var lines = File.ReadAllLines(en).ToList();
        var first = lines.FindIndex(l => l.TrimStart().StartsWith("- kind:", StringComparison.Ordinal));
        lines[first] = lines[first].Replace("kind:", "kind: no-such-kind-", StringComparison.Ordinal);
        File.WriteAllLines(en, lines);

        var error = StartupError(new() { ["Assistant:PhrasingsFolder"] = phrasings });

        // Each phrase is named by its own line: the phrases of the kind changed.
        var phrases = lines.FindIndex(first, l => l.TrimStart().StartsWith("phrases:", StringComparison.Ordinal));
        Assert.Contains($"en.yaml:{phrases + 1}: unknown kind 'no-such-kind- ", error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("urls", "http://0.0.0.0:8080")]
    [InlineData("http_ports", "8080")]
    [InlineData("https_ports", "8443")]
    [InlineData("Kestrel:Endpoints:Http:Url", "http://127.0.0.1:5000")]
    public void HasConfiguredUrls_AddressConfigured_True(string key, string value)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [key] = value }).Build();

        Assert.True(BotServiceExtensions.HasConfiguredUrls(configuration));
    }

    [Fact]
    public void HasConfiguredUrls_NothingConfigured_False()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["urls"] = "" }).Build();

        Assert.False(BotServiceExtensions.HasConfiguredUrls(configuration));
    }

    /// <summary>
    /// What starting the bot with <paramref name="settings"/> throws. WebApplicationFactory can lose a failed start's
    /// exception to an <see cref="ObjectDisposedException"/> when the host is torn down on another thread first (seen
    /// once in a CI run); a start that fails that way is tried again with a new factory, at most three times.
    /// </summary>
    private static Exception StartupError(Dictionary<string, string?> settings)
    {
        Exception? error = null;
        for (var attempt = 0; attempt < 3 && error is null or ObjectDisposedException; attempt++)
        {
            using var host = new BotHostFactory(settings);
            error = Assert.ThrowsAny<Exception>(() => host.CreateClient());
        }

        return error!;
    }
}
