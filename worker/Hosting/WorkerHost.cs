using KarmayogiBot.Domain.Catalog;
using KarmayogiBot.Domain.Compliance;
using KarmayogiBot.Infrastructure;
using KarmayogiBot.Infrastructure.Reports.Standings;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace KarmayogiBot.Worker.Hosting;

/// <summary>
/// The worker's Generic Host: configuration from appsettings.json beside the program, appsettings.{Environment}.json,
/// environment variables (e.g. <c>Worker__Nudges__Cron</c>) and, for <c>run</c>, <c>--Key=value</c> arguments; logs
/// on stderr (stdout is the commands' output).
/// </summary>
public static class WorkerHost
{
    /// <summary>The host of the passes (<c>run</c>, <c>nudge</c>, <c>summaries</c>): the store, the connector, the outbox and the passes.</summary>
    public static HostApplicationBuilder CreateBuilder(string[] configurationArgs, IEnumerable<KeyValuePair<string, string?>>? overrides = null)
    {
        var builder = CreateConfiguredBuilder(configurationArgs, overrides);
        builder.Services.AddWorker(builder.Configuration);
        return builder;
    }

    /// <summary>
    /// The host of the store's commands (<c>import</c>, <c>status</c>, <c>summary</c>, <c>plan</c>): the store alone,
    /// over a catalog loaded only if something needs its rules (<see cref="CatalogSource"/>), logs from warnings up.
    /// </summary>
    public static HostApplicationBuilder CreateStoreBuilder(IEnumerable<KeyValuePair<string, string?>>? overrides = null)
    {
        var builder = CreateConfiguredBuilder([], overrides);
        builder.Logging.AddFilter(level => level >= LogLevel.Warning);
        var catalog = CatalogSource.Default();
        builder.Services.AddSingleton(catalog);
        builder.Services.AddSingleton<StandingEvaluator>(_ => catalog.Evaluator);
        builder.Services.AddSingleton<TrainingCatalog>(_ => catalog.Evaluator.Catalog);
        builder.Services.AddKarmayogiStore(builder.Configuration);
        return builder;
    }

    private static HostApplicationBuilder CreateConfiguredBuilder(string[] configurationArgs, IEnumerable<KeyValuePair<string, string?>>? overrides)
    {
        // The defaults' sources, without what a command does not need: no watching of the settings files, no user secrets.
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            DisableDefaults = true,
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT") is { Length: > 0 } environment ? environment : Environments.Production,
        });
        builder.Configuration
            .AddJsonFile("appsettings.json", optional: true, reloadOnChange: false)
            .AddJsonFile($"appsettings.{builder.Environment.EnvironmentName}.json", optional: true, reloadOnChange: false)
            .AddEnvironmentVariables()
            .AddCommandLine(configurationArgs);
        if (overrides is not null)
        {
            builder.Configuration.AddInMemoryCollection(overrides);
        }

        builder.Logging.AddConfiguration(builder.Configuration.GetSection("Logging"));
        builder.Logging.AddSimpleConsole(o =>
        {
            o.SingleLine = true;
            o.TimestampFormat = "HH:mm:ss.fff ";
        });
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        return builder;
    }
}
