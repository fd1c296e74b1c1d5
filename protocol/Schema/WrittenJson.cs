using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace KarmayogiBot.Protocol.Schema;

/// <summary>
/// JSON already written, as UTF-8: in an activity it is copied into the payload as it is, neither parsed nor written
/// again. For content sent many times (an answer card kept for every officer who asks the same question).
/// </summary>
public static class WrittenJson
{
    private static readonly JsonTypeInfo<Utf8> Info = CreateInfo();

    /// <summary>A node whose JSON is <paramref name="utf8Json"/>, trusted to be one valid JSON value (not checked).</summary>
    /// <remarks>It can be written (serialised, <see cref="JsonNode.ToJsonString"/>), not navigated: read it back with <see cref="JsonNode.Parse(string, JsonNodeOptions?, JsonDocumentOptions)"/>.</remarks>
    public static JsonNode Node(ReadOnlyMemory<byte> utf8Json) => JsonValue.Create(new Utf8(utf8Json), Info)!;

    private static JsonTypeInfo<Utf8> CreateInfo()
    {
        var options = new JsonSerializerOptions();
        options.MakeReadOnly(populateMissingResolver: true);
        return (JsonTypeInfo<Utf8>)options.GetTypeInfo(typeof(Utf8));
    }

    /// <remarks>The converter is the type's own: a node is written with the options of whatever writes it.</remarks>
    [JsonConverter(typeof(Utf8Converter))]
    private sealed record Utf8(ReadOnlyMemory<byte> Json);

    private sealed class Utf8Converter : JsonConverter<Utf8>
    {
        public override Utf8 Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException("Written JSON is only ever written.");

        public override void Write(Utf8JsonWriter writer, Utf8 value, JsonSerializerOptions options) =>
            writer.WriteRawValue(value.Json.Span, skipInputValidation: true);
    }
}
