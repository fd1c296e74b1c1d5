using System.Data.Common;
using System.Globalization;
using KarmayogiBot.Infrastructure.Storage;
using KarmayogiBot.Infrastructure.Storage.Migrations;
using KarmayogiBot.Worker.Hosting;
using KarmayogiBot.Worker.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace KarmayogiBot.Worker.Tests.Hosting;

/// <summary>
/// The store's migrations and the worker's own (the Quartz tables), as SQL files: a fresh database gets exactly the
/// schema the migrations in C# gave it, and then migrations 8 to 10 (captured in Schema/expected-*.txt), and a database left
/// at any earlier version by them comes to the same schema, keeping its rows and running nothing twice.
/// </summary>
public sealed class WorkerMigrationsTests
{
    public static TheoryData<string> ProvidersData => StoreKind.All;

    public static TheoryData<string, int> OldVersions
    {
        get
        {
            var data = new TheoryData<string, int>();
            foreach (var provider in StoreKind.All)
            {
                foreach (var version in Enumerable.Range(1, 10))
                {
                    data.Add(provider, version);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(ProvidersData))]
    public async Task FreshDatabase_StoreThenWorkerMigrations_SameSchemaAsTheMigrationsInCode(string provider)
    {
        await using var store = await Store.CreateAsync(provider);
        var expected = Expected(provider);

        using (var database = store.Database())
        {
            await database.MigrateAsync();
            Assert.Equal(WithoutQuartz(expected), await store.SchemaAsync());
            await database.MigrateAsync(WorkerMigrations.All);
        }

        Assert.Equal(expected, WithoutWorkerVersions(await store.SchemaAsync()));
        Assert.Equal("1,2,3,5,6,7,8,9,10,11,12,13,14,15", await store.VersionsAsync("schema_version"));
        Assert.Equal("1", await store.VersionsAsync("worker_schema_version"));
    }

    [Theory]
    [MemberData(nameof(OldVersions))]
    public async Task DatabaseAtAnOldVersion_Migrated_SameSchemaRowsKeptNothingRunTwice(string provider, int version)
    {
        await using var store = await Store.CreateAsync(provider);
        await store.BuildOldLayoutAsync(version);
        await store.ExecuteAsync("INSERT INTO officers (employee_code, name, designation, product_role, updated_at) VALUES ('CB1', 'Asha Rao', 'Superintendent', 'Officer', '2026-03-20T04:30:00Z')");
        if (version >= SchemaMigrations.QuartzTablesVersion)
        {
            await store.ExecuteAsync("INSERT INTO QRTZ_LOCKS (SCHED_NAME, LOCK_NAME) VALUES ('KarmayogiWorker', 'TRIGGER_ACCESS')");
        }

        var oldVersions = await store.VersionsAsync("schema_version");

        using (var database = store.Database())
        {
            await database.MigrateAsync();
            await database.MigrateAsync(WorkerMigrations.All);
        }

        var schema = await store.SchemaAsync();
        Assert.Equal(Expected(provider), WithoutWorkerVersions(schema));
        Assert.Equal("CB1|Asha Rao", await store.ScalarAsync("SELECT employee_code || '|' || name FROM officers"));
        Assert.Equal(version >= 4 ? 1 : 0, Convert.ToInt32(await store.ScalarAsync("SELECT COUNT(*) FROM QRTZ_LOCKS"), CultureInfo.InvariantCulture));
        var expectedVersions = string.Join(",", Enumerable.Range(1, SchemaMigrations.Store.LatestVersion).Where(v => v <= version || v != SchemaMigrations.QuartzTablesVersion));
        Assert.Equal(expectedVersions, await store.VersionsAsync("schema_version"));
        Assert.StartsWith(oldVersions, expectedVersions, StringComparison.Ordinal);
        var quartz = Convert.ToString(await store.ScalarAsync("SELECT description FROM worker_schema_version WHERE version = 1"), CultureInfo.InvariantCulture);
        Assert.Equal(version >= 4, quartz!.EndsWith("(already there: made before worker_schema_version existed)", StringComparison.Ordinal));

        var applied = await store.ScalarAsync("SELECT (SELECT MAX(applied_at) FROM schema_version) || (SELECT MAX(applied_at) FROM worker_schema_version)");
        using (var again = store.Database())
        {
            await again.MigrateAsync();
            await again.MigrateAsync(WorkerMigrations.All);
        }

        Assert.Equal(schema, await store.SchemaAsync());
        Assert.Equal(applied, await store.ScalarAsync("SELECT (SELECT MAX(applied_at) FROM schema_version) || (SELECT MAX(applied_at) FROM worker_schema_version)"));
    }

    private static string Expected(string provider)
    {
        using var stream = typeof(WorkerMigrationsTests).Assembly.GetManifestResourceStream($"Schema/expected-{provider.ToLowerInvariant()}.txt")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static string WithoutQuartz(string schema) => Keep(schema, line => !line.Contains("qrtz", StringComparison.OrdinalIgnoreCase));

    private static string WithoutWorkerVersions(string schema) => Keep(schema, line => !line.Contains("worker_schema_version", StringComparison.Ordinal));

    private static string Keep(string schema, Func<string, bool> keep) =>
        string.Join("\n", schema.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(keep)) + "\n";

    /// <summary>An empty SQLite file or PostgreSQL schema, reached without migrating (to set up what older programs left).</summary>
    private sealed class Store : IAsyncDisposable
    {
        private readonly TempFolder? _folder;
        private readonly PostgresDatabase? _postgres;
        private readonly string _connectionString;

        private Store(TempFolder? folder, PostgresDatabase? postgres, string connectionString)
        {
            (_folder, _postgres, _connectionString) = (folder, postgres, connectionString);
        }

        private StoreProvider Provider => _postgres is null ? StoreProvider.Sqlite : StoreProvider.Postgres;

        public static async Task<Store> CreateAsync(string provider)
        {
            if (provider == StoreKind.Postgres)
            {
                var postgres = await PostgresDatabase.CreateAsync();
                return new Store(null, postgres, postgres.ConnectionString);
            }

            var folder = new TempFolder();
            return new Store(folder, null, SqliteKarmayogiDatabase.ForFile(folder.File("k.db")));
        }

        public KarmayogiDatabase Database() => _postgres is null
            ? new SqliteKarmayogiDatabase(_connectionString, 30, NullLogger<SqliteKarmayogiDatabase>.Instance)
            : new PostgresKarmayogiDatabase(_connectionString, NullLogger<PostgresKarmayogiDatabase>.Instance);

        /// <summary>The tables and version rows the migrations in C# left at <paramref name="version"/>: the Quartz tables were its version 4.</summary>
        public async Task BuildOldLayoutAsync(int version)
        {
            await ExecuteAsync("CREATE TABLE schema_version (version INTEGER NOT NULL PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)");
            foreach (var step in Enumerable.Range(1, version))
            {
                var migration = step == SchemaMigrations.QuartzTablesVersion
                    ? WorkerMigrations.All.For(Provider)[0]
                    : SchemaMigrations.Store.For(Provider).Single(m => m.Version == step);
                await ExecuteAsync(migration.Sql);
                await ExecuteAsync($"INSERT INTO schema_version (version, description, applied_at) VALUES ({step}, 'as before', '2026-01-0{step}T00:00:00Z')");
            }
        }

        public async Task<string> SchemaAsync()
        {
            await using var connection = await OpenAsync();
            return await SchemaDump.OfAsync(connection, _postgres is not null);
        }

        public async Task<string> VersionsAsync(string table)
        {
            await using var connection = await OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT version FROM {table} ORDER BY version";
            await using var reader = await command.ExecuteReaderAsync();
            var versions = new List<string>();
            while (await reader.ReadAsync())
            {
                versions.Add(Convert.ToString(reader.GetValue(0), CultureInfo.InvariantCulture)!);
            }

            return string.Join(",", versions);
        }

        public async Task<object?> ScalarAsync(string sql)
        {
            await using var connection = await OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            return await command.ExecuteScalarAsync();
        }

        public async Task ExecuteAsync(string sql)
        {
            await using var connection = await OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            await command.ExecuteNonQueryAsync();
        }

        public async ValueTask DisposeAsync()
        {
            SqliteConnection.ClearAllPools();
            _folder?.Dispose();
            if (_postgres is not null)
            {
                await _postgres.DisposeAsync();
            }
        }

        private async Task<DbConnection> OpenAsync()
        {
            DbConnection connection = _postgres is null ? new SqliteConnection(_connectionString) : new NpgsqlConnection(_connectionString);
            await connection.OpenAsync();
            return connection;
        }
    }
}
