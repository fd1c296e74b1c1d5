using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace KarmayogiBot.Protocol.Schema;

/// <summary>
/// The JSON settings of the Bot Framework wire format: camelCase names, case-insensitive reading,
/// nulls omitted on write. Unknown properties are kept by each type's <c>[JsonExtensionData]</c>. Text in any script
/// (Hindi replies) is written as UTF-8, not as <c>\uXXXX</c> escapes: half the bytes on the wire; HTML-sensitive
/// characters are still escaped.
/// </summary>
public static class ProtocolJson
{
    /// <summary>The read-only serializer options every protocol type is read and written with.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>Serialises <paramref name="value"/> with <see cref="Options"/>.</summary>
    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    /// <summary>Serialises <paramref name="value"/> to UTF-8 with <see cref="Options"/>.</summary>
    public static byte[] SerializeToUtf8Bytes<T>(T value) => JsonSerializer.SerializeToUtf8Bytes(value, Options);

    /// <summary>Deserialises <paramref name="json"/> with <see cref="Options"/>; throws <see cref="JsonException"/> when malformed.</summary>
    public static T? Deserialize<T>(string json) => JsonSerializer.Deserialize<T>(json, Options);

    /// <summary>Deserialises UTF-8 <paramref name="utf8Json"/> with <see cref="Options"/>; throws <see cref="JsonException"/> when malformed.</summary>
    public static T? Deserialize<T>(ReadOnlySpan<byte> utf8Json) => JsonSerializer.Deserialize<T>(utf8Json, Options);

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
