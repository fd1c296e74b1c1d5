using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace KarmayogiBot.Protocol.Schema;

/// <summary>A clickable action (suggested action or hero-card button): <c>imBack</c>, <c>messageBack</c>, <c>openUrl</c>...</summary>
public sealed class CardAction
{
    public string? Type { get; set; }

    public string? Title { get; set; }

    public string? Image { get; set; }

    public string? Text { get; set; }

    public string? DisplayText { get; set; }

    public JsonNode? Value { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>An <c>imBack</c> action: clicking it sends <paramref name="text"/> as the user.</summary>
    public static CardAction ImBack(string title, string text) =>
        new() { Type = "imBack", Title = title, Value = JsonValue.Create(text) };
}
