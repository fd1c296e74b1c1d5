namespace KarmayogiBot.Domain.Officers;

/// <summary>Conversation references for proactive messages, one per officer.</summary>
public interface IConversationStore
{
    /// <summary>Adds or replaces the officer's reference; false when there is no such officer.</summary>
    Task<bool> SaveAsync(StoredConversationReference reference, CancellationToken cancellationToken = default);

    Task<StoredConversationReference?> GetAsync(string employeeCode, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<StoredConversationReference>> ListAsync(OfficerScope scope, CancellationToken cancellationToken = default);

    /// <summary>Forgets the reference (the officer removed the bot); false when there was none.</summary>
    Task<bool> DeleteAsync(string employeeCode, CancellationToken cancellationToken = default);
}
