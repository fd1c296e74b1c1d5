using System.Text.Json;
using System.Text.Json.Serialization;

namespace KarmayogiBot.Protocol.Schema;

/// <summary>
/// An activity entity: a <c>mention</c> (<see cref="Mentioned"/>, <see cref="Text"/> <c>&lt;at&gt;name&lt;/at&gt;</c>),
/// <c>clientInfo</c> (locale, country, platform, timezone), or anything else, kept in <see cref="AdditionalProperties"/>.
/// </summary>
public sealed class Entity
{
    public const string MentionType = "mention";
    public const string ClientInfoType = "clientInfo";

    public string? Type { get; set; }

    /// <summary>For a mention: who is mentioned.</summary>
    public ChannelAccount? Mentioned { get; set; }

    /// <summary>For a mention: the mention's text in the message, e.g. <c>&lt;at&gt;Karmayogi Bot&lt;/at&gt;</c>.</summary>
    public string? Text { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>A string property kept in <see cref="AdditionalProperties"/> (e.g. <c>timezone</c> of clientInfo), or null.</summary>
    public string? GetString(string name) =>
        AdditionalProperties is not null
        && AdditionalProperties.TryGetValue(name, out var value)
        && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
