using KarmayogiBot.Domain.Catalog;
using KarmayogiBot.Domain.Catalog.Loading;
using KarmayogiBot.Domain.Compliance;
using KarmayogiBot.Domain.Conversations;
using KarmayogiBot.Domain.Nudges;
using KarmayogiBot.Domain.Officers;
using KarmayogiBot.Domain.Questions;
using KarmayogiBot.Domain.Reporting;
using KarmayogiBot.Infrastructure.Imports;
using KarmayogiBot.Infrastructure.Outbox;
using KarmayogiBot.Infrastructure.Questions;
using KarmayogiBot.Infrastructure.Reports;
using KarmayogiBot.Infrastructure.Reports.Standings;
using KarmayogiBot.Infrastructure.Storage;
using KarmayogiBot.Infrastructure.Storage.Migrations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace KarmayogiBot.Infrastructure;

/// <summary>Registers the store (SQLite or PostgreSQL), its ports, the imports and the status and summary services.</summary>
public static class StoreServiceCollectionExtensions
{
    /// <summary>
    /// <c>Store:Provider</c> = <c>Sqlite</c> (default) | <c>Postgres</c>; <c>ConnectionStrings:Karmayogi</c> (required for
    /// PostgreSQL; for SQLite the default is <see cref="DefaultDatabasePath"/>); <c>Store:BusyTimeoutSeconds</c> (SQLite, default 30).
    /// Bound from the configuration the host registered (<paramref name="configuration"/> when none is); a bad value fails
    /// at start-up (<see cref="StoreOptionsValidator"/>), with the key named. The schema is migrated before the first connection.
    /// </summary>
    public static IServiceCollection AddKarmayogiStore(this IServiceCollection services, IConfiguration configuration)
    {
        _ = SchemaMigrations.Store; // loads and checks the embedded migrations now: a bad resource fails the start, named
        services.TryAddSingleton(configuration);
        services.AddOptions<StoreOptions>()
            .BindConfiguration(StoreOptions.SectionName)
            .Configure<IConfiguration>((options, bound) => options.ConnectionString = bound.GetConnectionString(StoreOptions.ConnectionStringName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<StoreOptions>, StoreOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(_ => CatalogLoader.LoadDefault());
        services.TryAddSingleton(sp => new StandingEvaluator(sp.GetRequiredService<TrainingCatalog>()));
        services.TryAddSingleton(sp => CatalogSource.Of(sp.GetRequiredService<StandingEvaluator>()));
        services.TryAddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.TryAdd(ServiceDescriptor.Singleton(typeof(ILogger<>), typeof(NullLogger<>)));
        services.AddSingleton<KarmayogiDatabase>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<StoreOptions>>().Value;
            return options.Provider == StoreProvider.Postgres
                ? new PostgresKarmayogiDatabase(options.ConnectionString!, sp.GetRequiredService<ILogger<PostgresKarmayogiDatabase>>())
                : new SqliteKarmayogiDatabase(options.SqliteConnectionString, options.BusyTimeoutSeconds, sp.GetRequiredService<ILogger<SqliteKarmayogiDatabase>>());
        });
        services.AddSingleton<IOfficerStore, SqlOfficerStore>();
        services.AddSingleton<ICourseRecordStore, SqlCourseRecordStore>();
        services.AddSingleton<IConversationStore, SqlConversationStore>();
        services.AddSingleton<IImportStore, SqlImportStore>();
        services.AddSingleton<IConversationMemoryStore, SqlConversationMemoryStore>();
        services.AddSingleton<OfficerLanguageStore>();
        services.AddOptions<ImportLimits>().BindConfiguration(ImportLimits.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ImportLimits>, ImportLimitsValidator>());
        services.AddSingleton<RosterImporter>();
        services.AddSingleton<IgotImporter>();
        services.AddSingleton<OfficerStandingService>();
        services.AddSingleton<IZoneRecordStore>(sp => new SqlZoneRecordStore(sp.GetRequiredService<KarmayogiDatabase>(), sp.GetRequiredService<TrainingCatalog>()));
        services.AddOptions<ReportOptions>().BindConfiguration(ReportOptions.SectionName)
            .Validate(o => o.StaleReportDays >= 1, "Reports:StaleReportDays must be 1 or more.")
            .ValidateOnStart();
        services.AddSingleton(sp => new ZoneSummaryService(
            sp.GetRequiredService<IZoneRecordStore>(), sp.GetRequiredService<StandingEvaluator>(), sp.GetRequiredService<IImportStore>(),
            sp.GetRequiredService<IOptions<ReportOptions>>().Value.StaleReportDays));
        services.AddSingleton<ZoneFiguresService>();
        services.AddSingleton<INudgeHistory, SqlNudgeHistory>();
        services.AddSingleton<INudgeSnoozes, SqlNudgeSnoozes>();
        services.AddSingleton<IQuestionStore, SqlQuestionStore>();
        return services;
    }
}
