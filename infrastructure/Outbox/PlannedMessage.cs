namespace KarmayogiBot.Infrastructure.Outbox;

/// <summary>A message to write to the outbox before anything is sent.</summary>
/// <param name="EmployeeCode">The recipient.</param>
/// <param name="Subject">A short description for people and logs (e.g. "reminder", "overdue", a zone); no personal data.</param>
/// <param name="Payload">The activity to send, as JSON (without conversation or recipient: those are looked up at send time).</param>
/// <param name="State"><see cref="OutboxStates.Planned"/>, or <see cref="OutboxStates.Unreachable"/> for an officer known to be unreachable.</param>
/// <param name="Error">Why, for a row written as unreachable.</param>
/// <param name="EscalatedOfficers">For an escalation: the officers it tells about, recorded as escalated only when this row is written.</param>
public sealed record PlannedMessage(
    string EmployeeCode,
    string Kind,
    DateOnly Day,
    string MessageId,
    string Subject,
    string Payload,
    string State = OutboxStates.Planned,
    string? Error = null,
    IReadOnlyList<string>? EscalatedOfficers = null,
    string? CycleId = null);
