using System.Globalization;
using System.Text.Json;
using KarmayogiBot.Worker.Commands;
using KarmayogiBot.Worker.Hosting;
using KarmayogiBot.Worker.SampleZone;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KarmayogiBot.Worker.Tests.Support;

/// <summary>
/// A sample zone (worker sample-zone: roster, iGOT reports, expected.json), imported through the worker's import command into
/// a store of its own (a SQLite file in a temp folder, or a PostgreSQL schema), with the worker's services over it.
/// <see cref="CreateServices"/> gives another worker on the same store (its own identity, pacer and connector).
/// </summary>
public sealed class WorkerZone : IAsyncDisposable
{
    public const string AsOf = "2026-03-20";

    private readonly List<ServiceProvider> _providers = [];
    private readonly PostgresDatabase? _postgres;

    private WorkerZone(TempFolder folder, string provider, string connectionString, PostgresDatabase? postgres, IEnumerable<SampleOfficer> roster)
    {
        Folder = folder;
        Provider = provider;
        ConnectionString = connectionString;
        _postgres = postgres;
        using var expected = JsonDocument.Parse(File.ReadAllText(folder.File("zone/expected.json")));
        foreach (var officer in expected.RootElement.GetProperty("officers").EnumerateObject())
        {
            var o = officer.Value;
            Officers[o.GetProperty("employee_code").GetString()!] = new ExpectedOfficer(
                o.GetProperty("employee_code").GetString()!, o.GetProperty("name").GetString()!, o.GetProperty("compliant").GetBoolean(),
                o.GetProperty("role_in_product").GetString()!, !o.TryGetProperty("registered", out var registered) || registered.GetBoolean());
        }

        Totals = expected.RootElement.GetProperty("totals").Clone();
        foreach (var officer in roster)
        {
            AadObjectIds[officer.EmployeeCode] = officer.AadObjectId;
            Users.Add(new ConnectorUser(officer.EmployeeCode, officer.Name, officer.Email, officer.AadObjectId));
        }
    }

    public TempFolder Folder { get; }

    public string Provider { get; }

    public string ConnectionString { get; }

    /// <summary>By employee code, from expected.json.</summary>
    public Dictionary<string, ExpectedOfficer> Officers { get; } = new(StringComparer.Ordinal);

    /// <summary>Employee code → Entra object id, from the roster.</summary>
    public Dictionary<string, string> AadObjectIds { get; } = new(StringComparer.Ordinal);

    public JsonElement Totals { get; }

    /// <summary>The zone's officers as Teams users (key = employee code), for the connector.</summary>
    public List<ConnectorUser> Users { get; } = [];

    /// <param name="supervisors">Give the zone reporting officers (the roster's Reporting Officer column, expected.json's teams).</param>
    /// <param name="unregistered">The fraction of officers never registered on iGOT (in no iGOT report).</param>
    public static async Task<WorkerZone> CreateAsync(int officers, int seed = 7, string provider = StoreKind.Sqlite, bool supervisors = false, double unregistered = 0)
    {
        var folder = new TempFolder();
        var request = new SampleZoneRequest(officers, seed, SampleZoneModelLoader.Default.DefaultZone, DateOnly.Parse(AsOf, CultureInfo.InvariantCulture), unregistered, Supervisors: supervisors);
        var made = SampleZoneBuilder.Build(SampleZoneModelLoader.Default, request);
        SampleZoneWriter.Write(made, folder.File("zone"));

        PostgresDatabase? postgres = null;
        var connectionString = $"Data Source={folder.File("karmayogi.db")}";
        if (provider == StoreKind.Postgres)
        {
            postgres = await PostgresDatabase.CreateAsync();
            connectionString = postgres.ConnectionString;
        }

        var zone = new WorkerZone(folder, provider, connectionString, postgres, made.Officers);
        var services = zone.CreateServices();
        foreach (var (kind, file) in new[] { ("roster", "roster.csv"), ("igot", "UserReport.csv"), ("igot", "ConsumptionReport.csv") })
        {
            var output = new StringWriter();
            var exit = await ImportCommand.RunAsync([kind, folder.File($"zone/{file}")], services, output);
            Assert.True(exit == 0, output.ToString());
        }

        return zone;
    }

    /// <summary>The configuration of a worker on this store, talking to <paramref name="connector"/> when given.</summary>
    public Dictionary<string, string?> Configuration(LoopbackConnector? connector = null, IDictionary<string, string?>? overrides = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Karmayogi"] = ConnectionString,
            ["Store:Provider"] = Provider == StoreKind.Postgres ? "Postgres" : "Sqlite",
            ["Exports:Folder"] = Folder.File("exports"),
            ["Exports:SigningKey"] = "test-signing-key",
            ["Exports:BaseUrl"] = "https://bot.example.test",
            ["Worker:Delivery:SendsPerSecond"] = "0",
            ["Worker:Delivery:RetryBaseDelay"] = "00:00:00.050",
            ["Worker:Delivery:MaxRetryDelay"] = "00:00:00.500",
            ["Worker:Delivery:LeaseSeconds"] = "3",
            ["Teams:TenantId"] = LoopbackConnector.Tenant,
        };
        if (connector is not null)
        {
            settings["Bot:TrustedServiceUrls:0"] = connector.ServiceUrl;
            settings["Teams:ServiceUrl"] = connector.ServiceUrl;
        }

        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        return settings;
    }

    /// <summary>A worker's services over this store (disposed with the zone).</summary>
    public ServiceProvider CreateServices(LoopbackConnector? connector = null, IDictionary<string, string?>? overrides = null, Action<IServiceCollection>? configure = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(Configuration(connector, overrides)).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddWorker(configuration);
        configure?.Invoke(services);
        var provider = services.BuildServiceProvider();
        _providers.Add(provider);
        return provider;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var provider in _providers)
        {
            await provider.DisposeAsync();
        }

        if (_postgres is not null)
        {
            await _postgres.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Folder.Dispose();
    }
}

/// <summary>An officer as expected.json has them.</summary>
/// <param name="Registered">On iGOT: in the UserReport (expected.json's <c>registered</c>).</param>
public sealed record ExpectedOfficer(string EmployeeCode, string Name, bool Compliant, string RoleInProduct, bool Registered = true);
