using KarmayogiBot.Worker.Commands;
using KarmayogiBot.Worker.Hosting;
using KarmayogiBot.Worker.Tests.Support;
using Microsoft.Extensions.Options;

namespace KarmayogiBot.Worker.Tests.Hosting;

/// <summary>Every command runs in one host whose settings are checked before the command starts (the tests' environment is Production).</summary>
public sealed class CommandHostTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("status", "Store:Provider", "LiteDB")]
    [InlineData("summary", "Store:BusyTimeoutSeconds", "soon")]
    [InlineData("import", "Store:BusyTimeoutSeconds", "0")]
    [InlineData("nudge", "Worker:Nudges:Cron", "every morning")]
    [InlineData("summaries", "Exports:BaseUrl", "karmayogibot.example")]
    [InlineData("summaries", "Exports:LinkLifetime", "00:00:00")]
    public async Task RunAsync_BadSetting_StopsBeforeTheCommandNamingTheKey(string command, string key, string value)
    {
        var settings = Settings((key, value), ("Exports:SigningKey", "test-signing-key"));
        var output = new StringWriter();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => CommandHost.RunAsync(command, ["--officer", "CB1"], output, overrides: settings));

        Assert.Contains(key, error.Message, StringComparison.Ordinal);
        Assert.Equal("", output.ToString());
        Assert.False(File.Exists(_folder.File("k.db")), "nothing was opened");
    }

    [Theory]
    [InlineData(CommandHost.Run)]
    [InlineData("summaries")]
    public void Build_LinksOpenedByTheBotWithoutASigningKey_FailsNamingTheKey(string command)
    {
        var error = Assert.Throws<OptionsValidationException>(() => CommandHost.Build(command, [], Settings()));

        Assert.Contains("Exports:SigningKey is not set", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("import")]
    [InlineData("status")]
    [InlineData("summary")]
    [InlineData("plan")]
    [InlineData("nudge")]
    public void Build_CommandThatMakesNoLinks_NeedsNoSigningKey(string command)
    {
        using var host = CommandHost.Build(command, [], Settings());

        Assert.NotNull(host.Services);
    }

    [Fact]
    public async Task RunAsync_ImportThenStatus_EachInAHostOfItsOwnOverTheSameStore()
    {
        var roster = ReportFiles.Roster(_folder.File("roster.csv"));

        var imported = new StringWriter();
        Assert.Equal(ExitCodes.Ok, await CommandHost.RunAsync("import", ["roster", roster], imported, overrides: Settings()));
        var status = new StringWriter();
        Assert.Equal(ExitCodes.Ok, await CommandHost.RunAsync("status", ["--officer", "CB1", "--as-of", "2026-03-20"], status, overrides: Settings()));

        Assert.Contains("Role: Superintendent and Inspector (CGST)", status.ToString(), StringComparison.Ordinal);
        Assert.Contains("11 days left", status.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Worker_BadSettingInTheEnvironment_ExitsWithUsageAndTheKeyOnStandardError()
    {
        var (exitCode, output, error) = await WorkerProcess.RunAsync(new Dictionary<string, string?> { ["Store:Provider"] = "Postgres" }, "summary");

        Assert.Equal(ExitCodes.Usage, exitCode);
        Assert.Equal("", output);
        Assert.StartsWith("The configuration is wrong: ", error, StringComparison.Ordinal);
        Assert.Contains("Store:Provider is Postgres but ConnectionStrings:Karmayogi is not set", error, StringComparison.Ordinal);
    }

    private Dictionary<string, string?> Settings(params (string Key, string Value)[] extra)
    {
        var settings = new Dictionary<string, string?> { ["ConnectionStrings:Karmayogi"] = $"Data Source={_folder.File("k.db")}" };
        foreach (var (key, value) in extra)
        {
            settings[key] = value;
        }

        return settings;
    }
}
