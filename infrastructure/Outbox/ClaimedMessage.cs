using KarmayogiBot.Domain.Officers;

namespace KarmayogiBot.Infrastructure.Outbox;

/// <summary>An outbox row this worker has claimed (lease held), with what is needed to deliver it.</summary>
/// <param name="Conversation">The officer's stored conversation; null when there is none (then one is created from the Entra object id).</param>
public sealed record ClaimedMessage(
    long Id,
    string EmployeeCode,
    string OfficerName,
    string Kind,
    DateOnly Day,
    string MessageId,
    string Payload,
    int Attempts,
    int InDoubt,
    string? AadObjectId,
    StoredConversationReference? Conversation);
