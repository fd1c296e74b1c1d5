using KarmayogiBot.Infrastructure.Storage.Migrations;

namespace KarmayogiBot.Worker.Hosting;

/// <summary>
/// The worker's own schema, beside the store's in the same database: the Quartz job store tables (qrtz_*). The SQL
/// files are in <c>Hosting/Migrations/&lt;Sqlite|Postgres&gt;/NNNN_name.sql</c> (add the next version to both, each
/// starting with a <c>-- description</c> line), recorded in <c>worker_schema_version</c>, and applied by the worker
/// only, at start (<see cref="WorkerSchemaMigration"/>). A database the store brought to its version 4 already has
/// these tables (they were made there before they moved here): version 1 is recorded for it, not run.
/// </summary>
public static class WorkerMigrations
{
    private static readonly Lazy<MigrationSet> Set = new(() => MigrationSet.FromAssembly(
        typeof(WorkerMigrations).Assembly,
        new MigrationTrack("worker_schema_version")
        {
            Baseline = new MigrationBaseline(1, $"SELECT COUNT(*) FROM schema_version WHERE version = {SchemaMigrations.QuartzTablesVersion}"),
        }));

    /// <summary>The worker's migrations, loaded (and checked) on first use: a bad resource fails naming it.</summary>
    public static MigrationSet All => Set.Value;
}
