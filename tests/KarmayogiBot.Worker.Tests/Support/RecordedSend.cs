namespace KarmayogiBot.Worker.Tests.Support;

/// <summary>One send the connector accepted: the conversation, the activity's client-generated id (kyb-kind-code-day) and its JSON.</summary>
public sealed record RecordedSend(string Conversation, string? ActivityId, string Json);
