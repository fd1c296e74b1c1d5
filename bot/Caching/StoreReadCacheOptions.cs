namespace KarmayogiBot.Bot.Caching;

/// <summary>The bot's in-process caches in front of the store (section <c>Bot</c>); 0 turns a cache off.</summary>
public sealed class StoreReadCacheOptions
{
    public const string SectionName = "Bot";

    /// <summary>How long roster and course-record reads are kept (<c>Bot:StoreReadCacheSeconds</c>).</summary>
    public int StoreReadCacheSeconds { get; set; } = ReadCacheServiceCollectionExtensions.DefaultRosterSeconds;

    /// <summary>
    /// How long a user's conversation memory is kept in process (<c>Bot:ConversationMemoryCacheSeconds</c>); unset:
    /// 600 over SQLite, 0 over PostgreSQL, where another instance may have answered the user's last turn.
    /// </summary>
    public int? ConversationMemoryCacheSeconds { get; set; }

    /// <summary>How long changes to conversation memory are collected before they are written (<c>Bot:ConversationMemoryWriteDelaySeconds</c>).</summary>
    public int ConversationMemoryWriteDelaySeconds { get; set; } = ReadCacheServiceCollectionExtensions.DefaultMemoryWriteDelaySeconds;
}
