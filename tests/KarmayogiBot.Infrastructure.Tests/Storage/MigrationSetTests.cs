using KarmayogiBot.Infrastructure.Storage;
using KarmayogiBot.Infrastructure.Storage.Migrations;
using KarmayogiBot.Infrastructure.Tests.Support;

namespace KarmayogiBot.Infrastructure.Tests.Storage;

/// <summary>The migrations as embedded SQL files: how they are read and checked, and how a failing one is reported.</summary>
public sealed class MigrationSetTests
{
    public static TheoryData<string> Providers => StoreKind.All;

    private static readonly MigrationTrack Track = new("test_schema_version");

    private static KeyValuePair<string, string> Resource(string name, string text = "-- a step\nCREATE TABLE t (x INTEGER);") => new(name, text);

    private static KeyValuePair<string, string>[] Pair(int version, string name, string sql) =>
    [
        Resource($"Migrations/Sqlite/{version:D4}_{name}.sql", $"-- {name}\n{sql}"),
        Resource($"Migrations/Postgres/{version:D4}_{name}.sql", $"-- {name}\n{sql}"),
    ];

    [Fact]
    public void Store_EmbeddedFiles_BothDatabasesHaveTheSameVersionsInOrderWithoutTheRetiredQuartzOne()
    {
        var store = SchemaMigrations.Store;

        int[] expected = [1, 2, 3, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15];
        Assert.Equal(expected, store.For(StoreProvider.Sqlite).Select(m => m.Version));
        Assert.Equal(expected, store.For(StoreProvider.Postgres).Select(m => m.Version));
        Assert.Equal("Migrations/Postgres/0005_progress_summary.sql", store.For(StoreProvider.Postgres)[3].Resource);
        Assert.StartsWith("officers.progress_summary: ", store.For(StoreProvider.Sqlite)[3].Description, StringComparison.Ordinal);
        Assert.DoesNotContain(store.For(StoreProvider.Sqlite), m => m.Sql.Contains("qrtz", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("Migrations/Sqlite/1_officers.sql")]
    [InlineData("Migrations/Sqlite/0001-officers.sql")]
    [InlineData("Migrations/Sqlite/0001_Officers.sql")]
    [InlineData("Migrations/Mysql/0001_officers.sql")]
    [InlineData("Migrations/Sqlite/0001_officers.txt")]
    public void FromTexts_MisnamedResource_FailsNamingIt(string name)
    {
        var error = Assert.Throws<InvalidOperationException>(() => MigrationSet.FromTexts([Resource(name)], Track));

        Assert.Contains(name, error.Message, StringComparison.Ordinal);
        Assert.Contains("NNNN_name.sql", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("CREATE TABLE t (x INTEGER);", "does not start with a '-- description' line")]
    [InlineData("-- a step with nothing to do\n\n", "has no SQL")]
    public void FromTexts_ResourceWithoutDescriptionOrSql_FailsNamingIt(string text, string reason)
    {
        var error = Assert.Throws<InvalidOperationException>(() => MigrationSet.FromTexts(
            [Resource("Migrations/Sqlite/0001_officers.sql", text), Resource("Migrations/Postgres/0001_officers.sql")], Track));

        Assert.Contains("Migrations/Sqlite/0001_officers.sql", error.Message, StringComparison.Ordinal);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromTexts_OneDatabaseLacksAVersion_FailsNamingTheMissingFile()
    {
        var error = Assert.Throws<InvalidOperationException>(() => MigrationSet.FromTexts(
            [.. Pair(1, "officers", "CREATE TABLE a (x INTEGER);"), Resource("Migrations/Sqlite/0002_memory.sql")], Track));

        Assert.Equal("Migration Migrations/Postgres/0002_memory.sql (the twin of Migrations/Sqlite/0002_memory.sql) is missing.", error.Message);
    }

    [Fact]
    public void FromTexts_VersionMissingFromTheSequence_FailsNamingIt()
    {
        var error = Assert.Throws<InvalidOperationException>(() => MigrationSet.FromTexts(
            [.. Pair(1, "officers", "CREATE TABLE a (x INTEGER);"), .. Pair(3, "outbox", "CREATE TABLE c (x INTEGER);")], Track));

        Assert.Contains("Migrations/Sqlite/0002_*.sql is missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromTexts_RetiredVersion_SkippedInTheSequenceButNeverUsedAgain()
    {
        var retired = Track with { RetiredVersions = [2] };
        KeyValuePair<string, string>[] resources = [.. Pair(1, "officers", "CREATE TABLE a (x INTEGER);"), .. Pair(3, "outbox", "CREATE TABLE c (x INTEGER);")];

        Assert.Equal([1, 3], MigrationSet.FromTexts(resources, retired).For(StoreProvider.Postgres).Select(m => m.Version));
        var error = Assert.Throws<InvalidOperationException>(() => MigrationSet.FromTexts([.. resources, .. Pair(2, "again", "SELECT 1;")], retired));
        Assert.Contains("Migrations/", error.Message, StringComparison.Ordinal);
        Assert.Contains("0002_again.sql: version 2 is retired", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromTexts_TwoFilesWithOneVersion_FailsNamingBoth()
    {
        var error = Assert.Throws<InvalidOperationException>(() => MigrationSet.FromTexts(
            [.. Pair(1, "officers", "CREATE TABLE a (x INTEGER);"), Resource("Migrations/Sqlite/0001_other.sql")], Track));

        Assert.Contains("Migrations/Sqlite/0001_other.sql", error.Message, StringComparison.Ordinal);
        Assert.Contains("Migrations/Sqlite/0001_officers.sql", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromTexts_NoResources_FailsSayingWhatWasExpected()
    {
        var error = Assert.Throws<InvalidOperationException>(() => MigrationSet.FromTexts([], Track));

        Assert.Contains("Migrations/<Sqlite|Postgres>/NNNN_name.sql", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task MigrateAsync_StatementFails_NamesTheFileAndAppliesNothingOfTheSet(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var set = MigrationSet.FromTexts(
            [.. Pair(1, "first", "CREATE TABLE first_step (x INTEGER);"), .. Pair(2, "broken", "CREATE TABLE first_step (x INTEGER);")], Track);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => store.Database.MigrateAsync(set));

        Assert.StartsWith($"Migration Migrations/{store.Database.Provider}/0002_broken.sql failed: ", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, await CountTablesAsync(store, "first_step", "test_schema_version"));
        Assert.Equal(store.Database.LatestVersion, await store.Database.GetSchemaVersionAsync());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task MigrateAsync_SecondSet_KeepsItsOwnVersionsAndRunsEachStepOnce(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var first = MigrationSet.FromTexts(Pair(1, "first", "CREATE TABLE first_step (x INTEGER);"), Track);
        var both = MigrationSet.FromTexts([.. Pair(1, "first", "CREATE TABLE first_step (x INTEGER);"), .. Pair(2, "second", "INSERT INTO first_step (x) VALUES (2);")], Track);

        await store.Database.MigrateAsync(first);
        await store.Database.MigrateAsync(both);
        await store.OpenAnother().MigrateAsync(both);

        Assert.Equal(1, await store.CountAsync("first_step"));
        Assert.Equal(2, await store.CountAsync("test_schema_version"));
        Assert.Equal(store.Database.LatestVersion, await store.Database.GetSchemaVersionAsync());
    }

    private static async Task<int> CountTablesAsync(TestStore store, params string[] tables)
    {
        await using var connection = await store.Database.OpenAsync();
        await using var command = connection.CreateCommand();
        var names = string.Join(", ", tables.Select(t => $"'{t}'"));
        command.CommandText = store.Database.Provider == StoreProvider.Sqlite
            ? $"SELECT COUNT(*) FROM sqlite_master WHERE name IN ({names})"
            : $"SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name IN ({names})";
        return Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
