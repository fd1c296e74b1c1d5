namespace KarmayogiBot.Infrastructure.Outbox;

/// <summary>What an outbox message is; with the recipient and the day it is the message's key (at most one each).</summary>
public static class OutboxKinds
{
    /// <summary>A nudge to an officer with pending courses (reminder or overdue): at most one per officer per day.</summary>
    public const string Nudge = "nudge";

    /// <summary>A nodal officer told which officers of their zone are overdue past the escalation threshold.</summary>
    public const string Escalation = "escalation";

    /// <summary>A reporting officer told which of the officers reporting to them are overdue: at most one a week each.</summary>
    public const string Digest = "digest";

    /// <summary>A nodal officer's fortnightly zone summary.</summary>
    public const string Summary = "summary";
}
