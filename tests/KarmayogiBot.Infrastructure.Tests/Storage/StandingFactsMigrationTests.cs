using System.Globalization;
using KarmayogiBot.Domain.Catalog;
using KarmayogiBot.Domain.Officers;
using KarmayogiBot.Infrastructure.Storage;
using KarmayogiBot.Infrastructure.Storage.Migrations;
using KarmayogiBot.Infrastructure.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace KarmayogiBot.Infrastructure.Tests.Storage;

/// <summary>
/// Migration 8 on a store made at version 7: the rendered defaulter JSON goes, the officers' names and designations are
/// kept with their standing facts, and nothing else changes. On SQLite and, when configured, on PostgreSQL.
/// </summary>
public sealed class StandingFactsMigrationTests
{
    private const int Before = 7;

    public static TheoryData<string> Providers => StoreKind.All;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Migration8_OfAStoreAtVersion7_DropsTheRenderedJsonAndKeepsEveryFact(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var ravi = new Officer("CB9", "Ravi Kumar", "Tax Assistant", "CGST Audit-I Chennai", "Chennai CGST Zone", Wing.Gst, "ravi@example.gov.in", null, ProductRole.Officer, null, null);
        var asha = new Officer("CB10", "Asha Rao", "Superintendent", "CGST Chennai North Commissionerate", "Chennai CGST Zone", Wing.Gst, "asha@example.gov.in", "9000000001", ProductRole.Nodal, null, null);
        IReadOnlyList<Officer> officersBefore = [asha, ravi];
        await using (var old = OpenAt(store, Before))
        {
            await SaveAtVersion7Async(old, ravi);
            await SaveAtVersion7Async(old, asha);
            await ExecuteAsync(old, """
                INSERT INTO officer_standings (officer_id, employee_code, zone_key, formation_key, formation, role_id, compliant, assessment_passed,
                    designation_correct, pending, pending_count, overdue_from, defaulter_json)
                SELECT id, employee_code, zone_key, formation_key, formation, 'accounts', 0, 0, 0, 'government-e-marketplace', 2, 739707, @json
                FROM officers WHERE employee_code = 'CB9'
                """, ("json", "{\"employeeCode\": \"CB9\"}"u8.ToArray()));
            Assert.Equal(Before, await old.GetSchemaVersionAsync());
        }

        await store.Database.MigrateAsync();

        Assert.Equal(SchemaMigrations.Store.LatestVersion, await store.Database.GetSchemaVersionAsync());
        Assert.DoesNotContain("defaulter_json", await ColumnsAsync(store.Database, "officer_standings"));
        Assert.Equal(
            "CB9|Ravi Kumar|Tax Assistant|CGST Audit-I Chennai|accounts|0|government-e-marketplace|2|739707",
            Assert.Single(await RowsAsync(store.Database, "SELECT employee_code, name, designation, formation, role_id, compliant, pending, pending_count, overdue_from FROM officer_standings")));
        Assert.Equal(2, officersBefore.Count);
        Assert.Equal(officersBefore, await store.Officers.ListAsync(OfficerScope.All));
        Assert.Equal(SchemaMigrations.Store.For(store.Database.Provider).Count, await store.CountAsync("schema_version"));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Migration8_ThenASummary_ListsTheDefaulterFromTheFacts(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await using (var old = OpenAt(store, Before))
        {
            await SaveAtVersion7Async(old,
                new Officer("CB9", "Ravi Kumar", "Tax Assistant", "CGST Audit-I Chennai", "Chennai CGST Zone", Wing.Gst, null, null, ProductRole.Officer, null, null));
        }

        await using var reading = await store.Figures.OpenAsync(OfficerScope.All, new DateOnly(2026, 3, 20));

        Assert.NotNull(reading);
        var defaulter = Assert.Single(reading.Defaulters());
        Assert.Equal(("CB9", "Ravi Kumar", "Tax Assistant", "accounts"), (defaulter.EmployeeCode, defaulter.Name, defaulter.Designation, defaulter.RoleId));
        Assert.Equal(1, reading.Figures.Totals.Officers);
    }

    /// <summary>The test's store as a program that knew only the migrations up to <paramref name="version"/> would open it.</summary>
    private static KarmayogiDatabase OpenAt(TestStore store, int version)
    {
        var migrations = MigrationSet.FromTexts(
            Enum.GetValues<StoreProvider>()
                .SelectMany(p => SchemaMigrations.Store.For(p))
                .Where(m => m.Version <= version)
                .Select(m => KeyValuePair.Create(m.Resource, $"-- {m.Description}\n{m.Sql}")),
            SchemaMigrations.Store.Track);
        return store.Kind == StoreKind.Sqlite
            ? new SqliteKarmayogiDatabase(store.ConnectionString, 30, migrations, NullLogger.Instance)
            : new PostgresKarmayogiDatabase(store.ConnectionString, migrations, NullLogger.Instance);
    }

    /// <summary>An officer as the store at version 7 kept them (the columns it had then).</summary>
    private static Task SaveAtVersion7Async(KarmayogiDatabase old, Officer officer) => ExecuteAsync(old, """
        INSERT INTO officers (employee_code, name, designation, formation, formation_key, zone, zone_key, wing, email, email_key,
                              mobile, mobile_key, product_role, aad_object_id, teams_user_id, updated_at)
        VALUES (@code, @name, @designation, @formation, @formation_key, @zone, @zone_key, @wing, @email, @email_key,
                @mobile, @mobile_key, @role, NULL, NULL, @now)
        """,
        ("code", officer.EmployeeCode), ("name", officer.Name), ("designation", officer.Designation),
        ("formation", officer.Formation), ("formation_key", OfficerKeys.Name(officer.Formation)),
        ("zone", officer.Zone), ("zone_key", OfficerKeys.Name(officer.Zone)),
        ("wing", officer.Wing?.ToString()), ("email", officer.Email),
        ("email_key", OfficerKeys.Email(officer.Email)), ("mobile", officer.Mobile),
        ("mobile_key", OfficerKeys.Mobile(officer.Mobile)), ("role", officer.Role.ToString()),
        ("now", DateTimeOffset.UnixEpoch));

    private static async Task ExecuteAsync(KarmayogiDatabase database, string sql, params (string Name, object? Value)[] parameters)
    {
        await using var connection = await database.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.AddParameter(name, value);
        }

        await command.ExecuteNonQueryAsync();
    }

    private static async Task<List<string>> ColumnsAsync(KarmayogiDatabase database, string table)
    {
        await using var connection = await database.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM {table} WHERE 1 = 0";
        await using var reader = await command.ExecuteReaderAsync();
        return Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToList();
    }

    private static async Task<List<string>> RowsAsync(KarmayogiDatabase database, string sql)
    {
        await using var connection = await database.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(string.Join("|", Enumerable.Range(0, reader.FieldCount).Select(i => Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture))));
        }

        return rows;
    }
}
