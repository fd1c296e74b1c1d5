extern alias worker;

using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using KarmayogiBot.Infrastructure.Imports;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RichardSzalay.MockHttp;
using worker::KarmayogiBot.Worker.SampleZone;

namespace KarmayogiBot.Bot.Tests.Hosting;

/// <summary>A nodal officer asks the bot for their zone's summary: a sample zone (worker sample-zone) imported into the bot's store, the figures checked against expected.json.</summary>
public sealed class NodalSummaryTests : IAsyncLifetime
{
    private const string Connector = "http://127.0.0.1:59999/";
    private readonly string _zone = Directory.CreateTempSubdirectory("nodal-zone-").FullName;
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 20, 6, 0, 0, TimeSpan.Zero));
    private BotHostFactory _host = null!;
    private JsonElement _expected;

    public async Task InitializeAsync()
    {
        Assert.Equal(0, SampleZoneCommand.Run(["--officers", "120", "--seed", "11", "--zone", "Mumbai CGST Zone", "--as-of", "2026-03-20", "--out", _zone], TextWriter.Null));

        _expected = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(_zone, "expected.json"))).RootElement;
        _host = new BotHostFactory(services: s => s.AddSingleton<TimeProvider>(_clock));
        _ = _host.Server; // start the host (and its migrations)
        var roster = _host.Services.GetRequiredService<RosterImporter>();
        var igot = _host.Services.GetRequiredService<IgotImporter>();
        Assert.True((await roster.ImportAsync(Path.Combine(_zone, "roster.csv"))).Committed);
        Assert.True((await igot.ImportAsync(Path.Combine(_zone, "UserReport.csv"))).Committed);
        Assert.True((await igot.ImportAsync(Path.Combine(_zone, "ConsumptionReport.csv"))).Committed);
    }

    public Task DisposeAsync()
    {
        _host.Dispose();
        Directory.Delete(_zone, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Summary_FromTheZonesNodalOfficer_HasTheFiguresOfTheZone()
    {
        var nodal = Officers().First(o => o.Value.GetProperty("role_in_product").GetString() == "Nodal");
        var totals = _expected.GetProperty("totals");

        var card = await _host.AskAsync(Connector, nodal.Name, "summary");

        var facts = card["body"]!.AsArray().Where(e => e!["type"]!.GetValue<string>() == "FactSet").SelectMany(f => f!["facts"]!.AsArray())
            .ToDictionary(f => f!["title"]!.GetValue<string>(), f => f!["value"]!.GetValue<string>());
        Assert.Equal(totals.GetProperty("officers").GetInt32().ToString(), facts["Officers"]);
        Assert.StartsWith($"{totals.GetProperty("compliant").GetInt32()} (", facts["Fully compliant"]);
        Assert.StartsWith($"{totals.GetProperty("assessment_passed").GetInt32()} (", facts["Assessment passed"]);
        Assert.StartsWith($"{totals.GetProperty("designation_ok").GetInt32()} (", facts["Right iGOT designation"]);
        Assert.Contains(card["body"]!.AsArray(), e => e!["type"]!.GetValue<string>() == "Chart.Donut");
    }

    [Fact]
    public async Task Summary_SaysTheIgotReportsDate_AndWarnsOnceItIsOlderThanAFortnight()
    {
        var nodal = Officers().First(o => o.Value.GetProperty("role_in_product").GetString() == "Nodal").Name;

        var fresh = Texts(await _host.AskAsync(Connector, nodal, "summary"));
        _clock.SetUtcNow(new DateTimeOffset(2026, 4, 6, 6, 0, 0, TimeSpan.Zero)); // 17 days after the report
        var old = Texts(await _host.AskAsync(Connector, nodal, "summary"));

        Assert.Contains("From the iGOT report of 20.03.2026; courses completed since show from the next import.", fresh);
        Assert.DoesNotContain(fresh, t => t.StartsWith("Warning", StringComparison.Ordinal));
        Assert.Contains("Warning: that report is 17 days old (more than 15): import a newer one from iGOT.", old);
    }

    private static List<string> Texts(JsonObject card) =>
        [.. card["body"]!.AsArray().Where(e => e!["type"]!.GetValue<string>() == "TextBlock").Select(e => e!["text"]!.GetValue<string>())];

    [Fact]
    public async Task Summary_FromAnOrdinaryOfficer_IsRefused_WithNoFigures()
    {
        var officer = Officers().First(o => o.Value.GetProperty("role_in_product").GetString() == "Officer");

        var card = await _host.AskAsync(Connector, officer.Name, "summary");

        var text = card.ToJsonString();
        Assert.Contains("nodal officer", text);
        Assert.DoesNotContain("FactSet", text);
    }

    private IEnumerable<JsonProperty> Officers() => _expected.GetProperty("officers").EnumerateObject();
}
