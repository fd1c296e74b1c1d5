extern alias worker;

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using worker::KarmayogiBot.Worker.Hosting;

namespace KarmayogiBot.Deployment.Tests.Support;

/// <summary>
/// Every configuration key the worker reads with the given settings present: while its services are registered
/// (<c>AddWorker</c> reads the store settings at once), in the hosts of <c>worker run</c> (with the Quartz scheduler)
/// and of the import command (<c>CommandHost</c>), with every options type validated and read as at start-up.
/// </summary>
public static class WorkerConfigurationReads
{
    public static ConfigurationReads Record(IReadOnlyDictionary<string, string?> settings)
    {
        var reads = new ConfigurationReads();

        // 1. Registration, with the recorder as the last source from the start.
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings)
            .Add(new RecordingConfigurationSource(reads))
            .Build();
        var registrations = new ServiceCollection();
        registrations.AddSingleton<IConfiguration>(configuration);
        registrations.AddLogging();
        registrations.AddWorker(configuration);

        // 2. The hosts of `worker run` and of the store's commands: the scheduler reads its settings when it is added,
        // the options are read at start-up.
        foreach (var command in new[] { CommandHost.Run, "import" })
        {
            var builder = CommandHost.CreateBuilder(command, [], settings);
            builder.Logging.ClearProviders();
            ((IConfigurationBuilder)builder.Configuration).Add(new RecordingConfigurationSource(reads));
            using var host = builder.Build();
            host.Services.GetRequiredService<IStartupValidator>().Validate();
            OptionsMaterializer.ReadAll(host.Services, builder.Services);
        }

        return reads;
    }
}
