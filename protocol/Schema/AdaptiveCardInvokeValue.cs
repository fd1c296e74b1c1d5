using System.Text.Json;
using System.Text.Json.Serialization;

namespace KarmayogiBot.Protocol.Schema;

/// <summary>The <c>value</c> of an <c>adaptiveCard/action</c> invoke (Adaptive Card <c>Action.Execute</c>).</summary>
public sealed class AdaptiveCardInvokeValue
{
    public AdaptiveCardInvokeAction? Action { get; set; }

    /// <summary><c>manual</c> (a click) or <c>automatic</c> (refresh).</summary>
    public string? Trigger { get; set; }

    public string? State { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
