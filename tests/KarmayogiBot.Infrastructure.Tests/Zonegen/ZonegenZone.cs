using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using KarmayogiBot.Worker.Commands;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace KarmayogiBot.Infrastructure.Tests.Zonegen;

/// <summary>
/// A zone made by shared/tools/zonegen/zonegen.py (run with python3 into a temp folder), imported through the
/// worker's import command into a SQLite file of its own: roster.csv, UserReport.csv, ConsumptionReport.csv.
/// </summary>
public sealed class ZonegenZone : IAsyncDisposable
{
    public const string AsOf = "2026-03-20";

    private ZonegenZone(TempFolder folder, ServiceProvider services, JsonDocument expected, IReadOnlyList<string> importOutput)
    {
        Folder = folder;
        Services = services;
        Expected = expected;
        ImportOutput = importOutput;
    }

    public TempFolder Folder { get; }

    public ServiceProvider Services { get; }

    public JsonDocument Expected { get; }

    public IReadOnlyList<string> ImportOutput { get; }

    public static string Generator
    {
        get
        {
            for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            {
                foreach (var candidate in new[] { Path.Combine(folder.FullName, "shared", "tools", "zonegen", "zonegen.py"), Path.Combine(folder.FullName, "..", "shared", "tools", "zonegen", "zonegen.py") })
                {
                    if (File.Exists(candidate))
                    {
                        return Path.GetFullPath(candidate);
                    }
                }
            }

            throw new FileNotFoundException("shared/tools/zonegen/zonegen.py not found above the test folder");
        }
    }

    public static async Task<ZonegenZone> CreateAsync(int seed, int officers)
    {
        var folder = new TempFolder();
        var start = new ProcessStartInfo("python3", [Generator, "--officers", officers.ToString(CultureInfo.InvariantCulture), "--seed", seed.ToString(CultureInfo.InvariantCulture), "--as-of", AsOf, "--out", folder.Path])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using (var python = Process.Start(start)!)
        {
            var error = await python.StandardError.ReadToEndAsync();
            await python.WaitForExitAsync();
            Assert.True(python.ExitCode == 0, $"zonegen failed: {error}");
        }

        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Karmayogi"] = $"Data Source={folder.File("karmayogi.db")}" })
            .Build();
        var services = ImportCommand.CreateServices(TestCatalog.Instance, configuration);
        var output = new List<string>();
        foreach (var (kind, file) in new[] { ("roster", "roster.csv"), ("igot", "UserReport.csv"), ("igot", "ConsumptionReport.csv") })
        {
            var writer = new StringWriter();
            var code = await ImportCommand.RunAsync([kind, folder.File(file)], services, writer);
            output.Add(writer.ToString());
            Assert.True(code == ExitCodes.Ok, writer.ToString());
        }

        var expected = JsonDocument.Parse(await File.ReadAllTextAsync(folder.File("expected.json")));
        return new ZonegenZone(folder, services, expected, output);
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        Expected.Dispose();
        Folder.Dispose();
    }
}
