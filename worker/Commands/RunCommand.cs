using KarmayogiBot.Worker.Hosting;
using Microsoft.Extensions.Hosting;

namespace KarmayogiBot.Worker.Commands;

/// <summary><c>run [--Key=value ...]</c> (the default): hosts the Quartz scheduler until stopped (Ctrl+C, SIGTERM).</summary>
public static class RunCommand
{
    public const string Usage = "run [--Worker:Nudges:Cron=\"0 0 11 ? * MON-FRI\" ...]   (the default: hosts the scheduler)";

    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken = default)
    {
        var builder = WorkerHost.CreateBuilder(args);
        builder.AddWorkerScheduler();
        using var host = builder.Build();
        await host.RunAsync(cancellationToken).ConfigureAwait(false);
        return ExitCodes.Ok;
    }
}
