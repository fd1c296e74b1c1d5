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
        var error = StartupError(new()
        {
            ["MicrosoftAppType"] = "SingleTenant",
            ["MicrosoftAppId"] = "app-id",
            ["MicrosoftAppPassword"] = "secret",
        });

        Assert.Contains("MicrosoftAppTenantId", error, StringComparison.Ordinal);
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

        Assert.Contains(key, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Start_OutsideDevelopmentWithoutSigningKey_FailsNamingTheKey()
    {
        var error = StartupError(new() { ["environment"] = "Production", ["Exports:SigningKey"] = "" });

        Assert.Contains("Exports:SigningKey is not set", error, StringComparison.Ordinal);
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
        Assert.Contains($"en.yaml:{phrases + 1}: unknown kind 'no-such-kind- ", error, StringComparison.Ordinal);
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
    /// What the bot says when it starts with <paramref name="settings"/> and stops: the bot run as a user runs it
    /// (<c>dotnet KarmayogiBot.Bot.dll --Key=value</c>, Development unless the settings name an environment, its own
    /// store), its output and error text. In process, WebApplicationFactory loses a failed start's exception to an
    /// ObjectDisposedException when the machine is busy (its deferred host reads the disposed provider), so a start that
    /// must fail is run as a process. A bot still running after a minute did not fail: the test fails.
    /// </summary>
    private static string StartupError(Dictionary<string, string?> settings)
    {
        using var folder = new TempFolder();
        var start = new System.Diagnostics.ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "KarmayogiBot.Bot.dll"));
        var all = new Dictionary<string, string?>
        {
            ["environment"] = "Development", ["urls"] = "http://127.0.0.1:0",
            ["MicrosoftAppType"] = "", ["MicrosoftAppId"] = "", ["MicrosoftAppPassword"] = "", ["MicrosoftAppTenantId"] = "",
            ["ConnectionStrings:Karmayogi"] = $"Data Source={folder.File("karmayogi.db")};Pooling=False",
        };
        foreach (var (key, value) in settings)
        {
            all[key] = value;
        }

        foreach (var (key, value) in all)
        {
            start.ArgumentList.Add($"--{key}={value}");
        }

        using var bot = System.Diagnostics.Process.Start(start)!;
        var output = bot.StandardOutput.ReadToEndAsync();
        var error = bot.StandardError.ReadToEndAsync();
        if (!bot.WaitForExit(TimeSpan.FromSeconds(60)))
        {
            bot.Kill(entireProcessTree: true);
            Assert.Fail("The bot started: no start-up error");
        }

        Assert.NotEqual(0, bot.ExitCode);
        return output.Result + error.Result;
    }
}
