namespace KarmayogiBot.Worker.Tests.Support;

/// <summary>A fact that needs PostgreSQL: skipped (saying why) when KARMAYOGI_TEST_POSTGRES is not set.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (PostgresDatabase.AdminConnectionString is null)
        {
            Skip = $"{PostgresDatabase.Variable} is not set (eval \"$(scripts/start-postgres.sh)\")";
        }
    }
}
