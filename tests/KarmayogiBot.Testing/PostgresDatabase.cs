using Npgsql;

namespace KarmayogiBot.Testing;

/// <summary>
/// A PostgreSQL schema of its own in the database named by KARMAYOGI_TEST_POSTGRES (CI sets it; locally
/// <c>eval "$(scripts/start-postgres.sh)"</c>), dropped on dispose. Tests that need it skip without the variable.
/// </summary>
public sealed class PostgresDatabase : IAsyncDisposable
{
    private readonly string _admin;
    private readonly string _schema;

    private PostgresDatabase(string admin, string schema)
    {
        _admin = admin;
        _schema = schema;
        ConnectionString = new NpgsqlConnectionStringBuilder(admin) { SearchPath = schema }.ConnectionString;
    }

    public string ConnectionString { get; }

    public static async Task<PostgresDatabase> CreateAsync()
    {
        var admin = StoreKind.PostgresConnectionString ?? throw new InvalidOperationException($"{StoreKind.PostgresVariable} is not set");
        var schema = "w_" + Guid.NewGuid().ToString("N")[..16];
        await using var connection = new NpgsqlConnection(admin);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE SCHEMA {schema}", connection);
        await command.ExecuteNonQueryAsync();
        return new PostgresDatabase(admin, schema);
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_admin);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {_schema} CASCADE", connection);
        await command.ExecuteNonQueryAsync();
    }
}
