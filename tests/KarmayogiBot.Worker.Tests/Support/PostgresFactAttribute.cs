namespace KarmayogiBot.Worker.Tests.Support;

/// <summary>
/// A fact that needs PostgreSQL. On a developer machine without KARMAYOGI_TEST_POSTGRES it is skipped, saying why;
/// under CI (CI=true) it always runs, so a CI without PostgreSQL fails instead of passing quietly.
/// </summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (PostgresDatabase.AdminConnectionString is null && Environment.GetEnvironmentVariable("CI") != "true")
        {
            Skip = $"{PostgresDatabase.Variable} is not set (eval \"$(scripts/start-postgres.sh)\")";
        }
    }
}
