namespace KarmayogiBot.Infrastructure.Outbox;

/// <summary>Outbox messages by state.</summary>
public sealed record OutboxCounts(int Planned, int Sending, int Sent, int Failed, int Unreachable)
{
    public int Pending => Planned + Sending;

    public int Total => Planned + Sending + Sent + Failed + Unreachable;
}
