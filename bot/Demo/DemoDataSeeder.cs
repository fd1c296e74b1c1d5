using KarmayogiBot.Domain.Officers;
using KarmayogiBot.Infrastructure.Imports;

namespace KarmayogiBot.Bot.Demo;

/// <summary>In Development, on first run (an empty store), imports the <see cref="DemoZone"/> through the real importers.</summary>
public sealed class DemoDataSeeder(IOfficerStore officers, RosterImporter roster, IgotImporter igot, ILogger<DemoDataSeeder> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if ((await officers.ListAsync(OfficerScope.All, cancellationToken)).Count > 0)
        {
            return;
        }

        var folder = Directory.CreateTempSubdirectory("karmayogi-demo-");
        try
        {
            DemoZone.WriteFiles(folder.FullName);
            var steps = new[]
            {
                await roster.ImportAsync(Path.Combine(folder.FullName, "roster.csv"), null, cancellationToken),
                await igot.ImportAsync(Path.Combine(folder.FullName, "UserReport.csv"), null, cancellationToken),
                await igot.ImportAsync(Path.Combine(folder.FullName, "ConsumptionReport.csv"), null, cancellationToken),
            };
            if (steps.FirstOrDefault(s => !s.Committed) is { } failed)
            {
                logger.LogError("The demo data did not import: {Problems}", string.Join("; ", failed.Problems.Take(5).Select(p => p.ToString())));
                return;
            }

            logger.LogInformation("Development: imported the demo zone {Zone} ({Officers} officers)", DemoZone.Zone, steps[0].Files.Sum(f => f.Counts.Added));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
