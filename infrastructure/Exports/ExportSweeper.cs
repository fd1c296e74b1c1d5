using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace KarmayogiBot.Infrastructure.Exports;

/// <summary>
/// Deletes expired exports from the shared folder at start and every <see cref="Interval"/>: the bot and the worker
/// both run one, so files go whichever of them is up.
/// </summary>
public sealed class ExportSweeper(ExportLinks links, TimeProvider clock, ILogger<ExportSweeper> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try
            {
                if (links.DeleteExpired() is > 0 and var deleted)
                {
                    logger.LogInformation("Deleted {FileCount} expired export files", deleted);
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                logger.LogWarning("Could not sweep the exports folder: {Reason}", ex.Message);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }
}
