using System.Collections.Concurrent;
using KarmayogiBot.Domain.Officers;

namespace KarmayogiBot.Bot.Teams;

/// <summary>
/// The conversation references this process stored lately. A message in a conversation stored unchanged less than
/// <see cref="RefreshInterval"/> ago is not written again: one write per officer every ten minutes of chatting
/// instead of one per message, while the stored time still moves on (a refused send is forgiven once the officer
/// chats again, <c>ReachabilityRule</c>). Installs always write.
/// </summary>
public sealed class RecentConversations(TimeProvider clock)
{
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromMinutes(10);

    private readonly ConcurrentDictionary<string, StoredConversationReference> _stored = new(StringComparer.Ordinal);

    /// <summary>The same reference, but for its time, was stored less than <see cref="RefreshInterval"/> ago.</summary>
    public bool IsFresh(StoredConversationReference reference) =>
        _stored.TryGetValue(reference.EmployeeCode, out var stored)
        && stored == reference with { UpdatedAt = stored.UpdatedAt }
        && clock.GetUtcNow() - stored.UpdatedAt < RefreshInterval;

    public void Stored(StoredConversationReference reference) => _stored[reference.EmployeeCode] = reference;

    public void Forget(string employeeCode) => _stored.TryRemove(employeeCode, out _);
}
