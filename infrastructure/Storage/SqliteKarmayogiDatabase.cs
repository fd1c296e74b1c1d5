using System.Data.Common;
using KarmayogiBot.Infrastructure.Storage.Migrations;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace KarmayogiBot.Infrastructure.Storage;

/// <summary>
/// SQLite in WAL mode: readers never wait for the writer, and a writer waits (busy timeout) rather than
/// fail while another process writes, so the bot and the worker can share the file.
/// </summary>
public sealed class SqliteKarmayogiDatabase : KarmayogiDatabase
{
    private readonly string _connectionString;
    private readonly int _busyTimeoutMilliseconds;

    public SqliteKarmayogiDatabase(string connectionString, int busyTimeoutSeconds, ILogger<SqliteKarmayogiDatabase> logger)
        : this(connectionString, busyTimeoutSeconds, SchemaMigrations.Store, logger)
    {
    }

    public SqliteKarmayogiDatabase(string connectionString, int busyTimeoutSeconds, MigrationSet migrations, ILogger logger)
        : base(migrations, logger)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString)
        {
            Mode = SqliteOpenMode.ReadWriteCreate,
            DefaultTimeout = busyTimeoutSeconds,
            Pooling = true,
        };
        if (!string.IsNullOrEmpty(builder.DataSource) && builder.DataSource != ":memory:")
        {
            builder.DataSource = Path.GetFullPath(builder.DataSource);
            Directory.CreateDirectory(Path.GetDirectoryName(builder.DataSource)!);
        }

        FilePath = builder.DataSource;
        _connectionString = builder.ToString();
        _busyTimeoutMilliseconds = busyTimeoutSeconds * 1000;
    }

    public override StoreProvider Provider => StoreProvider.Sqlite;

    /// <summary>The database file.</summary>
    public string FilePath { get; }

    /// <summary>A connection string for a file: "Data Source=path".</summary>
    public static string ForFile(string path) => new SqliteConnectionStringBuilder { DataSource = path }.ToString();

    public override async Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken = default)
    {
        // Not deferred: BEGIN IMMEDIATE takes the write lock now (waiting up to the busy timeout).
        await Task.CompletedTask.ConfigureAwait(false);
        return ((SqliteConnection)connection).BeginTransaction(deferred: false);
    }

    public override async Task<DbTransaction> BeginReadAsync(DbConnection connection, CancellationToken cancellationToken = default)
    {
        await Task.CompletedTask.ConfigureAwait(false);
        return ((SqliteConnection)connection).BeginTransaction(deferred: true);
    }

    protected override DbConnection CreateConnection() => new SqliteConnection(_connectionString);

    /// <summary>The native connections already set up: the pool hands them out again, and the pragmas stay with them.</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<object, object> Configured = new();

    protected override async Task OnOpenedAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        // The pragmas are per physical connection: run them once, not on every open of a pooled one (a hot path per turn).
        var handle = ((SqliteConnection)connection).Handle!;
        if (Configured.TryGetValue(handle, out _))
        {
            return;
        }

        await using var command = connection.CreateCommand(
            $"PRAGMA busy_timeout = {_busyTimeoutMilliseconds}; PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;");
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        Configured.AddOrUpdate(handle, handle);
    }

    protected override async Task PrepareForMigrationAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand("PRAGMA journal_mode = WAL;");
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            // Close pooled connections, so the file (and its -wal) can be moved or deleted once the store is disposed.
            using var connection = new SqliteConnection(_connectionString);
            SqliteConnection.ClearPool(connection);
        }

        base.Dispose(disposing);
    }
}
