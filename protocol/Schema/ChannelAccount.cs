using System.Text.Json;
using System.Text.Json.Serialization;

namespace KarmayogiBot.Protocol.Schema;

/// <summary>A user or bot in a conversation: Teams ids are <c>29:...</c> for users and <c>28:&lt;appId&gt;</c> for bots.</summary>
public sealed class ChannelAccount
{
    public ChannelAccount()
    {
    }

    public ChannelAccount(string id, string? name = null)
    {
        Id = id;
        Name = name;
    }

    public string? Id { get; set; }

    public string? Name { get; set; }

    /// <summary>The Entra ID object id of a user (absent for bots).</summary>
    public string? AadObjectId { get; set; }

    /// <summary><c>user</c> or <c>bot</c> when the channel says.</summary>
    public string? Role { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
