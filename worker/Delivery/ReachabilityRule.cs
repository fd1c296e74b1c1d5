using KarmayogiBot.Domain.Officers;
using KarmayogiBot.Infrastructure.Outbox;

namespace KarmayogiBot.Worker.Delivery;

/// <summary>
/// Whether an officer can be messaged: with a stored conversation, or an Entra object id to open one; not when a
/// send was refused (403, uninstalled) since the bot last stored a conversation with them, until
/// <c>Worker:Delivery:UnreachableRetryDays</c> have passed.
/// </summary>
public static class ReachabilityRule
{
    /// <returns>Why the officer cannot be reached; null when they can.</returns>
    public static string? WhyUnreachable(
        Officer officer,
        IReadOnlyDictionary<string, StoredConversationReference> references,
        IReadOnlyDictionary<string, Reachability> marks,
        DateTimeOffset now,
        int retryDays) =>
        WhyUnreachable(officer.EmployeeCode, officer.AadObjectId is { Length: > 0 }, references, marks, now, retryDays);

    /// <param name="hasEntraId">The officer's Entra object id is known (a conversation can be opened).</param>
    public static string? WhyUnreachable(
        string employeeCode,
        bool hasEntraId,
        IReadOnlyDictionary<string, StoredConversationReference> references,
        IReadOnlyDictionary<string, Reachability> marks,
        DateTimeOffset now,
        int retryDays)
    {
        var hasReference = references.TryGetValue(employeeCode, out var reference);
        if (marks.TryGetValue(employeeCode, out var mark)
            && (!hasReference || reference!.UpdatedAt <= mark.Since)
            && now - mark.Since < TimeSpan.FromDays(retryDays))
        {
            return mark.ErrorCode is null ? mark.Reason : $"{mark.Reason} ({mark.ErrorCode})";
        }

        return hasReference || hasEntraId ? null : "no-address: no Teams conversation and no Entra object id";
    }
}
