using KarmayogiBot.Domain.Conversations;
using KarmayogiBot.Domain.Officers;

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
    /// Call after the store is registered; a bad value fails at start-up with the key named. Over PostgreSQL (the
    /// scale-out store, several bot instances) conversation memory is read from the store on every turn unless
    /// <see cref="MemoryLifetimeKey"/> says otherwise: another instance may have answered the user's last turn.
    /// </summary>
    public static IServiceCollection AddStoreReadCache(this IServiceCollection services, IConfiguration configuration)
    {
        var rosterSeconds = Seconds(configuration, RosterLifetimeKey, DefaultRosterSeconds);
        if (rosterSeconds > 0)
        {
            services.AddSingleton(sp => new ReadCache(sp.GetRequiredService<TimeProvider>(), TimeSpan.FromSeconds(rosterSeconds)));
            Decorate<IOfficerStore>(services, (store, sp) => new CachingOfficerStore(store, sp.GetRequiredService<ReadCache>()));
            Decorate<ICourseRecordStore>(services, (store, sp) => new CachingCourseRecordStore(store, sp.GetRequiredService<ReadCache>()));
        }

        var scaledOut = string.Equals(configuration["Store:Provider"], "Postgres", StringComparison.OrdinalIgnoreCase);
        var memorySeconds = Seconds(configuration, MemoryLifetimeKey, scaledOut ? 0 : DefaultMemorySeconds);
        var writeDelaySeconds = Seconds(configuration, MemoryWriteDelayKey, DefaultMemoryWriteDelaySeconds);
        if (memorySeconds > 0)
        {
            Decorate<IConversationMemoryStore>(services, (store, sp) => new CachingConversationMemoryStore(
                store,
                new ReadCache(sp.GetRequiredService<TimeProvider>(), TimeSpan.FromSeconds(memorySeconds)),
                TimeSpan.FromSeconds(writeDelaySeconds),
                sp.GetRequiredService<TimeProvider>(),
                sp.GetRequiredService<ILogger<CachingConversationMemoryStore>>()));
        }

        return services;
    }

    private static int Seconds(IConfiguration configuration, string key, int defaultSeconds)
    {
        if (configuration[key] is not { Length: > 0 } text)
        {
            return defaultSeconds;
        }

        return int.TryParse(text, out var seconds) && seconds >= 0
            ? seconds
            : throw new InvalidOperationException($"{key} is '{text}'; it must be a whole number of seconds, 0 or more");
    }

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
