using System.Text.Json;
using KarmayogiBot.Domain.Officers;

namespace KarmayogiBot.Assistant;

/// <summary>One turn: who asks, what they sent (text, or the data of a card they submitted) and the day, India time.</summary>
/// <param name="User">Who is asking, as the channel knows them.</param>
/// <param name="Officer">The roster officer the host identified <paramref name="User"/> as, once per turn
/// (<see cref="OfficerIdentification.FindOfficerAsync"/>); null for someone not in the roster.</param>
public sealed record AssistantRequest(UserIdentity User, Officer? Officer, string? Text, JsonElement? Value, DateOnly Today);
