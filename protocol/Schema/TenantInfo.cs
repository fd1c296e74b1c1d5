using System.Text.Json;
using System.Text.Json.Serialization;

namespace KarmayogiBot.Protocol.Schema;

/// <summary><c>channelData.tenant</c>.</summary>
public sealed class TenantInfo
{
    public TenantInfo()
    {
    }

    public TenantInfo(string id)
    {
        Id = id;
    }

    public string? Id { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
