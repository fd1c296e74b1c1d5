namespace KarmayogiBot.Domain.Conversations;

/// <summary>Keeps <see cref="ConversationMemory"/> between turns (and restarts).</summary>
public interface IConversationMemoryStore
{
    Task<ConversationMemory?> GetAsync(string userKey, CancellationToken cancellationToken = default);

    Task SaveAsync(ConversationMemory memory, CancellationToken cancellationToken = default);
}
