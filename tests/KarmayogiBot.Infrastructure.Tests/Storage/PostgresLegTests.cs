using Xunit.Abstractions;

namespace KarmayogiBot.Infrastructure.Tests.Storage;

/// <summary>
/// Whether the storage suite's PostgreSQL leg runs. With KARMAYOGI_TEST_POSTGRES set it runs (and must pass);
/// without it this test says the leg was not run, and fails in CI (CI=true), where scripts/start-postgres.sh sets it.
/// </summary>
public sealed class PostgresLegTests(ITestOutputHelper output)
{
    [Fact]
    public void PostgresLeg_InCi_IsConfigured()
    {
        var configured = StoreKind.PostgresConnectionString is not null;
        var ci = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        output.WriteLine(configured
            ? "PostgreSQL leg of the storage suite: run"
            : $"PostgreSQL leg of the storage suite: NOT RUN ({StoreKind.PostgresVariable} is not set; eval \"$(scripts/start-postgres.sh)\" sets it)");

        Assert.True(configured || !ci, $"CI=true but {StoreKind.PostgresVariable} is not set: the PostgreSQL leg of the storage suite would not run");
        Assert.Equal(configured ? 2 : 1, StoreKind.All.Count);
    }
}
