using System.Text.Json;

namespace KarmayogiBot.Assistant;

/// <summary>One turn: what the user sent (text, or the data of a card they submitted) and the day, India time.</summary>
public sealed record AssistantRequest(UserIdentity User, string? Text, JsonElement? Value, DateOnly Today);
