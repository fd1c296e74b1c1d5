namespace KarmayogiBot.Worker.Tests.Support;

/// <summary>The store providers a test runs on: SQLite always, PostgreSQL when KARMAYOGI_TEST_POSTGRES is set.</summary>
public static class Providers
{
    public const string Sqlite = "Sqlite";
    public const string Postgres = "Postgres";

    public static TheoryData<string> All
    {
        get
        {
            var data = new TheoryData<string> { Sqlite };
            if (PostgresDatabase.AdminConnectionString is not null)
            {
                data.Add(Postgres);
            }

            return data;
        }
    }
}
