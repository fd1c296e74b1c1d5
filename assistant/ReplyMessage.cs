using System.Text.Json.Nodes;

namespace KarmayogiBot.Assistant;

/// <summary>One message of a reply: the plain text (also the fallback), an optional Adaptive Card, suggested replies.</summary>
public sealed record ReplyMessage(string Text, JsonObject? Card = null, IReadOnlyList<string>? Suggestions = null);
