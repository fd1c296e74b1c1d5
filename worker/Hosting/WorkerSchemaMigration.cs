using KarmayogiBot.Infrastructure.Storage;
using Microsoft.Extensions.Hosting;

namespace KarmayogiBot.Worker.Hosting;

/// <summary>
/// Brings the store's schema and then the worker's own (<see cref="WorkerMigrations"/>) up to date as the host starts,
/// before Quartz, which only validates its tables.
/// </summary>
internal sealed class WorkerSchemaMigration(KarmayogiDatabase database) : IHostedLifecycleService
{
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        await database.MigrateAsync(cancellationToken).ConfigureAwait(false);
        await database.MigrateAsync(WorkerMigrations.All, cancellationToken).ConfigureAwait(false);
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
