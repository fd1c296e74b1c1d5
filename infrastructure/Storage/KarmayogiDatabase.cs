using System.Data.Common;
using System.Globalization;
using KarmayogiBot.Infrastructure.Storage.Migrations;
using Microsoft.Extensions.Logging;

namespace KarmayogiBot.Infrastructure.Storage;

/// <summary>
/// The store's database, SQLite or PostgreSQL: opens connections, and before the first one brings the
/// schema up to date (once per process; several processes starting together take turns on a lock).
/// </summary>
public abstract class KarmayogiDatabase : IAsyncDisposable, IDisposable
{
    private readonly MigrationSet _migrations;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _migrationGate = new(1, 1);
    private volatile bool _migrated;

    protected KarmayogiDatabase(MigrationSet migrations, ILogger logger)
    {
        _migrations = migrations;
        _logger = logger;
    }

    public abstract StoreProvider Provider { get; }

    /// <summary>The newest schema version this program knows.</summary>
    public int LatestVersion => _migrations.LatestVersion;

    /// <summary>An open connection to an up-to-date schema; the caller disposes it.</summary>
    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        if (!_migrated)
        {
            await MigrateAsync(cancellationToken).ConfigureAwait(false);
        }

        return await OpenRawAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Applies the store's migrations this database lacks; safe to call from several processes at once.</summary>
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        await _migrationGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!_migrated)
            {
                await MigrateAsync(_migrations, cancellationToken).ConfigureAwait(false);
                _migrated = true;
            }
        }
        finally
        {
            _migrationGate.Release();
        }
    }

    /// <summary>
    /// Applies the migrations of <paramref name="migrations"/> (the store's, or another set's such as the worker's, with
    /// its own version table) that this database lacks, in one transaction; safe to call from several processes at once.
    /// </summary>
    public async Task MigrateAsync(MigrationSet migrations, CancellationToken cancellationToken = default)
    {
        var table = migrations.Track.VersionTable;
        await using var connection = await OpenRawAsync(cancellationToken).ConfigureAwait(false);

        // Up to date (the usual case): no write lock, so a process starting while another imports does not wait.
        if (await TryReadVersionAsync(connection, table, cancellationToken).ConfigureAwait(false) == migrations.LatestVersion)
        {
            return;
        }

        await PrepareForMigrationAsync(connection, cancellationToken).ConfigureAwait(false);
        await using var transaction = await BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        await LockForMigrationAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, transaction,
            $"CREATE TABLE IF NOT EXISTS {table} (version INTEGER NOT NULL PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)",
            cancellationToken).ConfigureAwait(false);
        var current = await ReadVersionAsync(connection, transaction, table, cancellationToken).ConfigureAwait(false);
        if (current > migrations.LatestVersion)
        {
            throw new InvalidOperationException(
                $"The database is at schema version {current} ({table}), newer than this program knows ({migrations.LatestVersion}): update the program.");
        }

        var pending = migrations.For(Provider).Where(m => m.Version > current).ToList();
        if (current == 0 && migrations.Track.Baseline is { } baseline
            && Convert.ToInt64(await ScalarAsync(connection, transaction, baseline.Condition, cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture) > 0)
        {
            foreach (var migration in pending.Where(m => m.Version <= baseline.Version))
            {
                await RecordAsync(connection, transaction, table, migration with { Description = $"{migration.Description} (already there: made before {table} existed)" }, cancellationToken).ConfigureAwait(false);
                _logger.LogInformation("Schema {Table} version {Version} was already there: {Resource} not run", table, migration.Version, migration.Resource);
            }

            pending.RemoveAll(m => m.Version <= baseline.Version);
        }

        foreach (var migration in pending)
        {
            try
            {
                await ExecuteAsync(connection, transaction, migration.Sql, cancellationToken).ConfigureAwait(false);
            }
            catch (DbException exception)
            {
                throw new InvalidOperationException($"Migration {migration.Resource} failed: {exception.Message}", exception);
            }

            await RecordAsync(connection, transaction, table, migration, cancellationToken).ConfigureAwait(false);
            _logger.LogInformation("Schema {Table} migrated to version {Version}: {Description}", table, migration.Version, migration.Description);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The schema version recorded in the database (0 before the first migration).</summary>
    public async Task<int> GetSchemaVersionAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await ReadVersionAsync(connection, null, _migrations.Track.VersionTable, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Starts a transaction that writes; on SQLite it takes the write lock at once (BEGIN IMMEDIATE), so two writers never deadlock.</summary>
    public virtual async Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken = default) =>
        await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>Starts a read-only snapshot; on SQLite it takes no lock until the first read (BEGIN DEFERRED), so it never waits for a writer.</summary>
    public virtual async Task<DbTransaction> BeginReadAsync(DbConnection connection, CancellationToken cancellationToken = default) =>
        await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);

    public virtual ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            _migrationGate.Dispose();
        }
    }

    protected abstract DbConnection CreateConnection();

    /// <summary>Per-connection settings, run on every open.</summary>
    protected virtual Task OnOpenedAsync(DbConnection connection, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Database-wide settings that cannot be changed inside a transaction.</summary>
    protected virtual Task PrepareForMigrationAsync(DbConnection connection, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Makes concurrent migrations from several processes take turns.</summary>
    protected virtual Task LockForMigrationAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task<DbConnection> OpenRawAsync(CancellationToken cancellationToken)
    {
        var connection = CreateConnection();
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await OnOpenedAsync(connection, cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private static async Task<int> ReadVersionAsync(DbConnection connection, DbTransaction? transaction, string table, CancellationToken cancellationToken) =>
        Convert.ToInt32(await ScalarAsync(connection, transaction, $"SELECT COALESCE(MAX(version), 0) FROM {table}", cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);

    private static async Task<int?> TryReadVersionAsync(DbConnection connection, string table, CancellationToken cancellationToken)
    {
        try
        {
            return await ReadVersionAsync(connection, null, table, cancellationToken).ConfigureAwait(false);
        }
        catch (DbException)
        {
            return null; // no version table yet
        }
    }

    private static async Task RecordAsync(DbConnection connection, DbTransaction transaction, string table, Migration migration, CancellationToken cancellationToken)
    {
        await using var record = connection.CreateCommand();
        record.Transaction = transaction;
        record.CommandText = $"INSERT INTO {table} (version, description, applied_at) VALUES (@version, @description, @applied)";
        record.AddParameter("version", migration.Version);
        record.AddParameter("description", migration.Description);
        record.AddParameter("applied", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
        await record.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task<object?> ScalarAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
