namespace KarmayogiBot.Infrastructure.Outbox;

/// <summary>
/// The states of an outbox message: <c>planned</c> (written before any send; also after a send the connector
/// refused with 429/412/5xx, to be retried) → <c>sending</c> (an HTTP request is, or may be, on the wire) →
/// <c>sent</c> | <c>failed</c> | <c>unreachable</c>. A claim (who works on a planned row, until when) is kept in
/// the claimed_by and lease_until columns, not in the state.
/// </summary>
public static class OutboxStates
{
    public const string Planned = "planned";
    public const string Sending = "sending";
    public const string Sent = "sent";
    public const string Failed = "failed";
    public const string Unreachable = "unreachable";
}
