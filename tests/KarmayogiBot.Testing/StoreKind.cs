namespace KarmayogiBot.Testing;

/// <summary>
/// The providers the storage suite runs on: SQLite always; PostgreSQL when KARMAYOGI_TEST_POSTGRES holds a
/// connection string (CI sets it through scripts/start-postgres.sh; see PostgresLegTests).
/// </summary>
public static class StoreKind
{
    public const string Sqlite = "Sqlite";
    public const string Postgres = "Postgres";
    public const string PostgresVariable = "KARMAYOGI_TEST_POSTGRES";

    public static string? PostgresConnectionString => Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } value ? value : null;

    public static TheoryData<string> All
    {
        get
        {
            var data = new TheoryData<string> { Sqlite };
            if (PostgresConnectionString is not null)
            {
                data.Add(Postgres);
            }

            return data;
        }
    }
}
