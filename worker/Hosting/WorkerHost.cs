using Microsoft.Extensions.Configuration;
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
    public static HostApplicationBuilder CreateBuilder(string[] configurationArgs, IEnumerable<KeyValuePair<string, string?>>? overrides = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = configurationArgs,
            ContentRootPath = AppContext.BaseDirectory,
        });
        if (overrides is not null)
        {
            builder.Configuration.AddInMemoryCollection(overrides);
        }

        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o =>
        {
            o.SingleLine = true;
            o.TimestampFormat = "HH:mm:ss.fff ";
        });
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Services.AddWorker(builder.Configuration);
        return builder;
    }
}
