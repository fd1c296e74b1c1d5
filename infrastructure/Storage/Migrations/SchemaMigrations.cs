namespace KarmayogiBot.Infrastructure.Storage.Migrations;

/// <summary>
/// The store's schema: the SQL files beside this class (<c>Sqlite/</c>, <c>Postgres/</c>; see <see cref="MigrationSet"/>
/// and README.md), recorded in <c>schema_version</c>. Version 4 made the Quartz tables, which now belong to the
/// worker's own set; its number is not used again.
/// </summary>
public static class SchemaMigrations
{
    private static readonly Lazy<MigrationSet> Set = new(() => MigrationSet.FromAssembly(
        typeof(SchemaMigrations).Assembly,
        new MigrationTrack("schema_version") { RetiredVersions = [QuartzTablesVersion] }));

    /// <summary>The store's version that once made the Quartz tables (the worker's set checks for it).</summary>
    public const int QuartzTablesVersion = 4;

    /// <summary>The store's migrations, loaded (and checked) on first use: a bad resource fails naming it.</summary>
    public static MigrationSet Store => Set.Value;
}
