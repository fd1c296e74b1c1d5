using KarmayogiBot.Domain.Conversations;

namespace KarmayogiBot.Bot.Caching;

/// <summary>
/// Conversation memory kept in process as well as in the store (written through): the bot reads it on every turn,
/// and only this bot process writes it. With several bot instances over one store (PostgreSQL), a turn may reach
/// another instance, so there it is off by default (<see cref="ReadCacheServiceCollectionExtensions"/>).
/// </summary>
public sealed class CachingConversationMemoryStore(IConversationMemoryStore store, ReadCache cache) : IConversationMemoryStore
{
    public Task<ConversationMemory?> GetAsync(string userKey, CancellationToken cancellationToken = default) =>
        cache.GetOrReadAsync(userKey, ct => store.GetAsync(userKey, ct), cancellationToken);

    public async Task SaveAsync(ConversationMemory memory, CancellationToken cancellationToken = default)
    {
        await store.SaveAsync(memory, cancellationToken).ConfigureAwait(false);
        cache.Put<ConversationMemory?>(memory.UserKey, memory);
    }
}
