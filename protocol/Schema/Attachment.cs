using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace KarmayogiBot.Protocol.Schema;

/// <summary>An attachment: an Adaptive Card (<see cref="AdaptiveCardContentType"/>), HTML text, a file.</summary>
public sealed class Attachment
{
    /// <summary>The content type of an Adaptive Card attachment.</summary>
    public const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";

    public string? ContentType { get; set; }

    public string? ContentUrl { get; set; }

    /// <summary>The attachment's JSON content (the card for an Adaptive Card, a string for text/html).</summary>
    public JsonNode? Content { get; set; }

    public string? Name { get; set; }

    public string? ThumbnailUrl { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>An Adaptive Card attachment with <paramref name="card"/> as its content.</summary>
    public static Attachment AdaptiveCard(JsonNode card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return new Attachment { ContentType = AdaptiveCardContentType, Content = card };
    }

    /// <summary>An Adaptive Card attachment whose card is already written as UTF-8 JSON (<see cref="WrittenJson"/>).</summary>
    public static Attachment AdaptiveCard(ReadOnlyMemory<byte> cardJson) => AdaptiveCard(WrittenJson.Node(cardJson));
}
