using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace KarmayogiBot.Protocol.Schema;

/// <summary><c>value.action</c> of an <c>adaptiveCard/action</c> invoke: type <c>Action.Execute</c>, verb, data.</summary>
public sealed class AdaptiveCardInvokeAction
{
    public string? Type { get; set; }

    public string? Id { get; set; }

    public string? Verb { get; set; }

    public string? Title { get; set; }

    /// <summary>The action's data merged with the card's inputs.</summary>
    public JsonNode? Data { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
