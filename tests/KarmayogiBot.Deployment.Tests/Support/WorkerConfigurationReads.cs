extern alias worker;

using KarmayogiBot.Domain.Catalog.Loading;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using worker::KarmayogiBot.Worker.Commands;
using worker::KarmayogiBot.Worker.Hosting;

namespace KarmayogiBot.Deployment.Tests.Support;

/// <summary>
/// Every configuration key the worker reads with the given settings present: while its services are registered
/// (<c>AddWorker</c> reads the store settings at once), in the host of <c>worker run</c> (<c>WorkerHost</c> with the
/// Quartz scheduler) with every options type validated and read as at start-up, and in the import command's services.
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
        using (ImportCommand.CreateServices(CatalogLoader.LoadDefault(), configuration))
        {
        }

        // 2. The host `worker run` builds: the scheduler reads its settings when it is added, the options at start-up.
        var builder = WorkerHost.CreateBuilder([], settings);
        builder.Logging.ClearProviders();
        ((IConfigurationBuilder)builder.Configuration).Add(new RecordingConfigurationSource(reads));
        builder.AddWorkerScheduler();
        using var host = builder.Build();
        host.Services.GetRequiredService<IStartupValidator>().Validate();
        OptionsMaterializer.ReadAll(host.Services, builder.Services);
        return reads;
    }
}
