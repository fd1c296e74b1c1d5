using System.Text.Json;
using System.Text.Json.Serialization;

namespace KarmayogiBot.Protocol.Schema;

/// <summary>Suggested actions shown under a message (Teams shows them in personal chats only).</summary>
public sealed class SuggestedActions
{
    /// <summary>Ids of the recipients the actions are shown to.</summary>
    public IList<string>? To { get; set; }

    public IList<CardAction>? Actions { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
