namespace KarmayogiBot.Domain.Officers;

/// <summary>What the bot needs to message an officer proactively (a Bot Framework conversation reference).</summary>
/// <param name="EmployeeCode">The officer the conversation is with.</param>
public sealed record StoredConversationReference(
    string EmployeeCode,
    string ConversationId,
    string ServiceUrl,
    string? TenantId,
    string UserId,
    string BotId,
    string ChannelId,
    DateTimeOffset UpdatedAt);
