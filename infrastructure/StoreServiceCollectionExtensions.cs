using KarmayogiBot.Domain.Catalog;
using KarmayogiBot.Domain.Catalog.Loading;
using KarmayogiBot.Domain.Compliance;
using KarmayogiBot.Domain.Conversations;
using KarmayogiBot.Domain.Nudges;
using KarmayogiBot.Domain.Officers;
using KarmayogiBot.Domain.Reporting;
using KarmayogiBot.Infrastructure.Imports;
using KarmayogiBot.Infrastructure.Outbox;
using KarmayogiBot.Infrastructure.Reports;
using KarmayogiBot.Infrastructure.Reports.Standings;
using KarmayogiBot.Infrastructure.Storage;
using KarmayogiBot.Infrastructure.Storage.Migrations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace KarmayogiBot.Infrastructure;

/// <summary>Registers the store (SQLite or PostgreSQL), its ports, the imports and the status and summary services.</summary>
public static class StoreServiceCollectionExtensions
{
    /// <summary>
    /// <c>Store:Provider</c> = <c>Sqlite</c> (default) | <c>Postgres</c>; <c>ConnectionStrings:Karmayogi</c> (required for
    /// PostgreSQL; for SQLite the default is <see cref="DefaultDatabasePath"/>); <c>Store:BusyTimeoutSeconds</c> (SQLite, default 30).
    /// A bad value fails here, at start-up, with the key named. The schema is migrated before the first connection.
    /// </summary>
    public static IServiceCollection AddKarmayogiStore(this IServiceCollection services, IConfiguration configuration)
    {
        var options = ReadOptions(configuration);
        var connectionString = configuration.GetConnectionString(StoreOptions.ConnectionStringName);
        if (options.Provider == StoreProvider.Postgres && string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException(
                $"Store:Provider is Postgres but ConnectionStrings:{StoreOptions.ConnectionStringName} is not set (e.g. Host=127.0.0.1;Username=...;Password=...;Database=karmayogi)");
        }

        _ = SchemaMigrations.Store; // loads and checks the embedded migrations now: a bad resource fails the start, named
        services.AddSingleton(options);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(_ => CatalogLoader.LoadDefault());
        services.TryAddSingleton(sp => new StandingEvaluator(sp.GetRequiredService<TrainingCatalog>()));
        services.TryAddSingleton(sp => CatalogSource.Of(sp.GetRequiredService<StandingEvaluator>()));
        services.TryAddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.TryAdd(ServiceDescriptor.Singleton(typeof(ILogger<>), typeof(NullLogger<>)));
        services.AddSingleton<KarmayogiDatabase>(sp => options.Provider == StoreProvider.Postgres
            ? new PostgresKarmayogiDatabase(connectionString!, sp.GetRequiredService<ILogger<PostgresKarmayogiDatabase>>())
            : new SqliteKarmayogiDatabase(
                string.IsNullOrWhiteSpace(connectionString) ? SqliteKarmayogiDatabase.ForFile(DefaultDatabasePath.Resolve()) : connectionString,
                options.BusyTimeoutSeconds,
                sp.GetRequiredService<ILogger<SqliteKarmayogiDatabase>>()));
        services.AddSingleton<IOfficerStore, SqlOfficerStore>();
        services.AddSingleton<ICourseRecordStore, SqlCourseRecordStore>();
        services.AddSingleton<IConversationStore, SqlConversationStore>();
        services.AddSingleton<IImportStore, SqlImportStore>();
        services.AddSingleton<IConversationMemoryStore, SqlConversationMemoryStore>();
        services.AddSingleton<RosterImporter>();
        services.AddSingleton<IgotImporter>();
        services.AddSingleton<OfficerStandingService>();
        services.AddSingleton<IZoneRecordStore>(sp => new SqlZoneRecordStore(sp.GetRequiredService<KarmayogiDatabase>(), sp.GetRequiredService<TrainingCatalog>()));
        services.AddSingleton<ZoneSummaryService>();
        services.AddSingleton<ZoneFiguresService>();
        services.AddSingleton<INudgeHistory, SqlNudgeHistory>();
        return services;
    }

    private static StoreOptions ReadOptions(IConfiguration configuration)
    {
        var section = configuration.GetSection(StoreOptions.SectionName);
        var options = new StoreOptions();
        if (section["Provider"] is { Length: > 0 } provider)
        {
            options.Provider = Enum.TryParse<StoreProvider>(provider, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)
                ? parsed
                : throw new InvalidOperationException($"Store:Provider is '{provider}'; it must be Sqlite or Postgres");
        }

        if (section["BusyTimeoutSeconds"] is { Length: > 0 } timeout)
        {
            options.BusyTimeoutSeconds = int.TryParse(timeout, out var seconds) && seconds > 0
                ? seconds
                : throw new InvalidOperationException($"Store:BusyTimeoutSeconds is '{timeout}'; it must be a whole number of seconds above 0");
        }

        return options;
    }
}
