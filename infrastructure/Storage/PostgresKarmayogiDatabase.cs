using System.Data.Common;
using KarmayogiBot.Infrastructure.Storage.Migrations;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace KarmayogiBot.Infrastructure.Storage;

/// <summary>PostgreSQL through one pooled Npgsql data source; migrations take turns on an advisory lock.</summary>
public sealed class PostgresKarmayogiDatabase : KarmayogiDatabase
{
    /// <summary>The advisory lock key migrations hold ("KYB" in ASCII).</summary>
    private const long MigrationLockKey = 0x4B5942;

    private readonly NpgsqlDataSource _dataSource;

    public PostgresKarmayogiDatabase(string connectionString, ILogger<PostgresKarmayogiDatabase> logger)
        : this(connectionString, SchemaMigrations.Store, logger)
    {
    }

    public PostgresKarmayogiDatabase(string connectionString, MigrationSet migrations, ILogger logger)
        : base(migrations, logger)
    {
        _dataSource = NpgsqlDataSource.Create(connectionString);
    }

    public override StoreProvider Provider => StoreProvider.Postgres;

    protected override DbConnection CreateConnection() => _dataSource.CreateConnection();

    protected override async Task LockForMigrationAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand("SELECT pg_advisory_xact_lock(@key)", transaction);
        command.AddParameter("key", MigrationLockKey);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _dataSource.Dispose();
        }

        base.Dispose(disposing);
    }
}
