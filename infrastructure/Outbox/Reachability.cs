namespace KarmayogiBot.Infrastructure.Outbox;

/// <summary>An officer the bot could not reach: since when, and why (<c>forbidden</c>: 403, blocked or uninstalled; <c>not-found</c>; <c>no-address</c>).</summary>
public sealed record Reachability(string EmployeeCode, string Reason, string? ErrorCode, DateTimeOffset Since);
