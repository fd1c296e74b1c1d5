using System.Globalization;
using System.Text.Json;
using KarmayogiBot.Worker.Commands;
using KarmayogiBot.Worker.Hosting;
using KarmayogiBot.Worker.SampleZone;
using Microsoft.Extensions.Hosting;

namespace KarmayogiBot.Infrastructure.Tests.Zones;

/// <summary>
/// A zone made by <c>worker sample-zone</c>, or by the independent shared/tools/zonegen (<see cref="Zonegen"/>), in a
/// temp folder, imported through the worker's import command into a SQLite file of its own: roster.csv,
/// UserReport.csv, ConsumptionReport.csv.
/// </summary>
public sealed class ImportedZone : IAsyncDisposable
{
    public const string AsOf = "2026-03-20";

    public const string SampleZoneGenerator = "sample-zone";

    public const string ZonegenGenerator = "zonegen";

    private readonly IHost _host;

    private ImportedZone(TempFolder folder, IHost host, JsonDocument expected, IReadOnlyList<string> importOutput)
    {
        Folder = folder;
        _host = host;
        Expected = expected;
        ImportOutput = importOutput;
    }

    public TempFolder Folder { get; }

    public IServiceProvider Services => _host.Services;

    public JsonDocument Expected { get; }

    public IReadOnlyList<string> ImportOutput { get; }

    /// <param name="generator"><see cref="SampleZoneGenerator"/> (worker sample-zone) or <see cref="ZonegenGenerator"/> (the cross-check).</param>
    /// <param name="options">More of the generators' options (e.g. <c>--other-zone-officers 1500</c>: a CBIC-wide export).</param>
    public static async Task<ImportedZone> CreateAsync(string generator, int seed, int officers, params string[] options)
    {
        var folder = new TempFolder();
        string[] args = ["--officers", officers.ToString(CultureInfo.InvariantCulture), "--seed", seed.ToString(CultureInfo.InvariantCulture), "--as-of", AsOf, .. options];
        if (generator == ZonegenGenerator)
        {
            await Zonegen.WriteAsync(folder.Path, args);
        }
        else
        {
            Assert.Equal(ExitCodes.Ok, SampleZoneCommand.Run([.. args, "--out", folder.Path], TextWriter.Null));
        }

        var host = CommandHost.Build("import", [], new Dictionary<string, string?> { ["ConnectionStrings:Karmayogi"] = $"Data Source={folder.File("karmayogi.db")}" });
        var output = new List<string>();
        foreach (var (kind, file) in new[] { ("roster", "roster.csv"), ("igot", "UserReport.csv"), ("igot", "ConsumptionReport.csv") })
        {
            var writer = new StringWriter();
            var code = await ImportCommand.RunAsync([kind, folder.File(file)], host.Services, writer);
            output.Add(writer.ToString());
            Assert.True(code == ExitCodes.Ok, writer.ToString());
        }

        var expected = JsonDocument.Parse(await File.ReadAllTextAsync(folder.File("expected.json")));
        return new ImportedZone(folder, host, expected, output);
    }

    public async ValueTask DisposeAsync()
    {
        if (_host is IAsyncDisposable host)
        {
            await host.DisposeAsync();
        }
        else
        {
            _host.Dispose();
        }

        Expected.Dispose();
        Folder.Dispose();
    }
}
