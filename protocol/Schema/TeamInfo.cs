using System.Text.Json;
using System.Text.Json.Serialization;

namespace KarmayogiBot.Protocol.Schema;

/// <summary><c>channelData.team</c>: the team's thread id, name and Entra group id.</summary>
public sealed class TeamInfo
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? AadGroupId { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
