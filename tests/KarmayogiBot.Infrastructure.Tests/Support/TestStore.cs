using KarmayogiBot.Domain.Catalog;
using KarmayogiBot.Domain.Compliance;
using KarmayogiBot.Domain.Officers;
using KarmayogiBot.Domain.Reporting;
using KarmayogiBot.Infrastructure.Imports;
using KarmayogiBot.Infrastructure.Reports;
using KarmayogiBot.Infrastructure.Reports.Standings;
using KarmayogiBot.Infrastructure.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace KarmayogiBot.Infrastructure.Tests.Support;

/// <summary>
/// A store of its own for one test: a SQLite file in a temp folder, or a PostgreSQL schema of its own
/// (dropped afterwards), with the stores, importers and services over it.
/// </summary>
public sealed class TestStore : IAsyncDisposable
{
    private readonly string? _schema;

    private TestStore(string kind, TempFolder folder, KarmayogiDatabase database, string connectionString, string? schema, FakeTimeProvider clock)
    {
        Limits = new ImportLimits { TempFolder = folder.File("import-temp") };
        Kind = kind;
        Folder = folder;
        Database = database;
        ConnectionString = connectionString;
        _schema = schema;
        Clock = clock;
        Catalog = TestCatalog.Instance;
        Officers = new SqlOfficerStore(database, clock);
        Records = new SqlCourseRecordStore(database);
        Conversations = new SqlConversationStore(database);
        Imports = new SqlImportStore(database);
        Roster = new RosterImporter(database, Catalog, clock, Options.Create(Limits), NullLogger<RosterImporter>.Instance);
        Igot = new IgotImporter(database, Catalog, clock, Options.Create(Limits), NullLogger<IgotImporter>.Instance);
        var evaluator = new StandingEvaluator(Catalog);
        Standings = new OfficerStandingService(Officers, Records, evaluator);
        Summaries = new ZoneSummaryService(new SqlZoneRecordStore(database, Catalog), evaluator);
        Figures = new ZoneFiguresService(database, CatalogSource.Of(evaluator));
    }

    public string Kind { get; }

    /// <summary>The importers' limits (the defaults, with the temp folder inside <see cref="Folder"/>); a test may lower them.</summary>
    public ImportLimits Limits { get; }

    public TempFolder Folder { get; }

    public KarmayogiDatabase Database { get; }

    public string ConnectionString { get; }

    public FakeTimeProvider Clock { get; }

    public TrainingCatalog Catalog { get; }

    public SqlOfficerStore Officers { get; }

    public SqlCourseRecordStore Records { get; }

    public SqlConversationStore Conversations { get; }

    public SqlImportStore Imports { get; }

    public RosterImporter Roster { get; }

    public IgotImporter Igot { get; }

    public OfficerStandingService Standings { get; }

    public ZoneSummaryService Summaries { get; }

    /// <summary>Summaries from the stored standing facts.</summary>
    public ZoneFiguresService Figures { get; }

    /// <summary>Summaries from the stored standing facts, judged by another catalog.</summary>
    public ZoneFiguresService FiguresBy(TrainingCatalog catalog) => new(Database, CatalogSource.Of(new StandingEvaluator(catalog)));

    public static async Task<TestStore> CreateAsync(string kind = StoreKind.Sqlite)
    {
        var folder = new TempFolder();
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 20, 4, 30, 0, TimeSpan.Zero));
        if (kind == StoreKind.Sqlite)
        {
            var connectionString = SqliteKarmayogiDatabase.ForFile(folder.File("karmayogi.db"));
            return new TestStore(kind, folder, new SqliteKarmayogiDatabase(connectionString, 30, NullLogger<SqliteKarmayogiDatabase>.Instance), connectionString, null, clock);
        }

        var admin = StoreKind.PostgresConnectionString ?? throw new InvalidOperationException($"{StoreKind.PostgresVariable} is not set");
        var schema = "t_" + Guid.NewGuid().ToString("N");
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE SCHEMA {schema}", connection);
            await command.ExecuteNonQueryAsync();
        }

        var scoped = new NpgsqlConnectionStringBuilder(admin) { SearchPath = schema }.ConnectionString;
        return new TestStore(kind, folder, new PostgresKarmayogiDatabase(scoped, NullLogger<PostgresKarmayogiDatabase>.Instance), scoped, schema, clock);
    }

    /// <summary>A second database object on the same store, as another process would have.</summary>
    public KarmayogiDatabase OpenAnother() => Kind == StoreKind.Sqlite
        ? new SqliteKarmayogiDatabase(ConnectionString, 30, NullLogger<SqliteKarmayogiDatabase>.Instance)
        : new PostgresKarmayogiDatabase(ConnectionString, NullLogger<PostgresKarmayogiDatabase>.Instance);

    /// <summary>Everything the store holds but the import history, as sorted text: to compare before and after.</summary>
    public async Task<string> SnapshotAsync()
    {
        await using var connection = await Database.OpenAsync();
        var lines = new List<string>();
        foreach (var sql in new[]
        {
            "SELECT employee_code, name, designation, formation, zone, wing, email, mobile, product_role, aad_object_id, teams_user_id FROM officers",
            "SELECT o.employee_code, r.course_id, r.progress, r.progress_percent, r.completed_on, r.certificate_id, r.source_file, r.reported_at FROM course_records r JOIN officers o ON o.id = r.officer_id",
            "SELECT o.employee_code, p.designation, p.grp, p.profile_status, p.reported_at FROM igot_profiles p JOIN officers o ON o.id = p.officer_id",
            "SELECT o.employee_code, c.conversation_id FROM conversation_references c JOIN officers o ON o.id = c.officer_id",
        })
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                var values = new object[reader.FieldCount];
                reader.GetValues(values);
                lines.Add(string.Join("|", values.Select(v => v is DBNull ? "" : Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture))));
            }
        }

        lines.Sort(StringComparer.Ordinal);
        return string.Join("\n", lines);
    }

    public async Task<int> CountAsync(string table)
    {
        await using var connection = await Database.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM {table}";
        return Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task<StoredCourseRecord?> RecordAsync(string employeeCode, string courseId) =>
        (await Records.GetAsync(employeeCode))?.Records.SingleOrDefault(r => r.Record.CourseId == courseId);

    public async ValueTask DisposeAsync()
    {
        await Database.DisposeAsync();
        if (_schema is not null && StoreKind.PostgresConnectionString is { } admin)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(admin);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {_schema} CASCADE", connection);
            await command.ExecuteNonQueryAsync();
        }

        Folder.Dispose();
    }
}
