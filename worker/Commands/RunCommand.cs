using Microsoft.Extensions.Hosting;

namespace KarmayogiBot.Worker.Commands;

/// <summary><c>run [--Key=value ...]</c> (the default): hosts the Quartz scheduler until stopped (Ctrl+C, SIGTERM).</summary>
public static class RunCommand
{
    public const string Usage = "run [--Worker:Nudges:Cron=\"0 0 11 ? * MON-FRI\" ...]   (the default: hosts the scheduler)";

    /// <param name="host">The host <c>CommandHost</c> built for <c>run</c>, with the scheduler.</param>
    public static async Task<int> RunAsync(IHost host, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(host);
        await host.RunAsync(cancellationToken).ConfigureAwait(false);
        return ExitCodes.Ok;
    }
}
