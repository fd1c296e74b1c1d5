using System.Text.Json;
using System.Text.Json.Serialization;

namespace KarmayogiBot.Protocol.Schema;

/// <summary>
/// A conversation member as <c>GET v3/conversations/{id}/members/{userId}</c> returns it. Teams names the Entra
/// object id <c>objectId</c>, the Agents Playground <c>aadObjectId</c>: both are read into <see cref="AadObjectId"/>
/// and written back under the name they came with.
/// </summary>
public sealed class TeamsMember
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    /// <summary>The Entra object id, from <c>aadObjectId</c> or <c>objectId</c>.</summary>
    [JsonIgnore]
    public string? AadObjectId
    {
        get => AadObjectIdValue ?? ObjectIdValue;
        set
        {
            AadObjectIdValue = value;
            ObjectIdValue = null;
        }
    }

    /// <summary>Personal data: never log it above Debug.</summary>
    public string? Email { get; set; }

    /// <summary>Personal data: never log it above Debug.</summary>
    public string? UserPrincipalName { get; set; }

    public string? GivenName { get; set; }

    public string? Surname { get; set; }

    public string? TenantId { get; set; }

    /// <summary><c>user</c>, <c>guest</c> or <c>anonymous</c>.</summary>
    public string? UserRole { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }

    [JsonInclude]
    [JsonPropertyName("aadObjectId")]
    internal string? AadObjectIdValue { get; set; }

    [JsonInclude]
    [JsonPropertyName("objectId")]
    internal string? ObjectIdValue { get; set; }
}
