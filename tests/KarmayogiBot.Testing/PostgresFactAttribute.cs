namespace KarmayogiBot.Testing;

/// <summary>
/// A fact that needs PostgreSQL. On a developer machine without KARMAYOGI_TEST_POSTGRES it is skipped, saying why;
/// under CI (CI=true) it always runs, so a CI without PostgreSQL fails instead of passing quietly.
/// </summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (StoreKind.PostgresConnectionString is null && Environment.GetEnvironmentVariable("CI") != "true")
        {
            Skip = $"{StoreKind.PostgresVariable} is not set (eval \"$(scripts/start-postgres.sh)\")";
        }
    }
}
