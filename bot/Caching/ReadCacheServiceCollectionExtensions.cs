using KarmayogiBot.Domain.Conversations;
using KarmayogiBot.Domain.Officers;
using KarmayogiBot.Infrastructure.Storage;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace KarmayogiBot.Bot.Caching;

/// <summary>Puts in-process caches in front of the store reads the bot makes on every turn.</summary>
public static class ReadCacheServiceCollectionExtensions
{
    /// <summary>How long roster and course-record reads are kept (default 30; 0 reads the store on every turn).</summary>
    public const string RosterLifetimeKey = "Bot:StoreReadCacheSeconds";

    /// <summary>How long a user's conversation memory is kept in process (default 600 over SQLite, 0 over PostgreSQL).</summary>
    public const string MemoryLifetimeKey = "Bot:ConversationMemoryCacheSeconds";

    /// <summary>How long changes to conversation memory are collected before they are written (default 1; 0 writes each at once).</summary>
    public const string MemoryWriteDelayKey = "Bot:ConversationMemoryWriteDelaySeconds";

    public const int DefaultRosterSeconds = 30;

    public const int DefaultMemorySeconds = 600;

    public const int DefaultMemoryWriteDelaySeconds = 1;

    /// <summary>
    /// Call after the store is registered; the settings are <see cref="StoreReadCacheOptions"/>, and a bad value fails at
    /// start-up with the key named. Over PostgreSQL (the scale-out store, several bot instances) conversation memory is
    /// read from the store on every turn unless <see cref="MemoryLifetimeKey"/> says otherwise: another instance may have
    /// answered the user's last turn.
    /// </summary>
    public static IServiceCollection AddStoreReadCache(this IServiceCollection services)
    {
        services.AddOptions<StoreReadCacheOptions>()
            .BindConfiguration(StoreReadCacheOptions.SectionName)
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<StoreReadCacheOptions>, StoreReadCacheOptionsValidator>());
        services.AddSingleton(sp => new ReadCache(sp.GetRequiredService<TimeProvider>(), TimeSpan.FromSeconds(Options(sp).StoreReadCacheSeconds)));
        Decorate<IOfficerStore>(services, (store, sp) => Options(sp).StoreReadCacheSeconds > 0 ? new CachingOfficerStore(store, sp.GetRequiredService<ReadCache>()) : store);
        Decorate<ICourseRecordStore>(services, (store, sp) => Options(sp).StoreReadCacheSeconds > 0 ? new CachingCourseRecordStore(store, sp.GetRequiredService<ReadCache>()) : store);
        Decorate<IConversationMemoryStore>(services, (store, sp) =>
        {
            var options = Options(sp);
            var scaledOut = sp.GetRequiredService<IOptions<StoreOptions>>().Value.Provider == StoreProvider.Postgres;
            var memorySeconds = options.ConversationMemoryCacheSeconds ?? (scaledOut ? 0 : DefaultMemorySeconds);
            return memorySeconds > 0
                ? new CachingConversationMemoryStore(
                    store,
                    new ReadCache(sp.GetRequiredService<TimeProvider>(), TimeSpan.FromSeconds(memorySeconds)),
                    TimeSpan.FromSeconds(options.ConversationMemoryWriteDelaySeconds),
                    sp.GetRequiredService<TimeProvider>(),
                    sp.GetRequiredService<ILogger<CachingConversationMemoryStore>>())
                : store;
        });
        return services;
    }

    private static StoreReadCacheOptions Options(IServiceProvider services) => services.GetRequiredService<IOptions<StoreReadCacheOptions>>().Value;

    private static void Decorate<TService>(IServiceCollection services, Func<TService, IServiceProvider, TService> wrap)
        where TService : class
    {
        var registered = services.LastOrDefault(d => d.ServiceType == typeof(TService))
            ?? throw new InvalidOperationException($"{typeof(TService).Name} is not registered: add the store first");
        services.Remove(registered);
        services.Add(ServiceDescriptor.Describe(typeof(TService), sp => wrap((TService)Create(sp, registered), sp), registered.Lifetime));
    }

    private static object Create(IServiceProvider services, ServiceDescriptor registered) =>
        registered.ImplementationInstance
        ?? registered.ImplementationFactory?.Invoke(services)
        ?? ActivatorUtilities.CreateInstance(services, registered.ImplementationType!);
}
