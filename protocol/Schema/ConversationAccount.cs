using System.Text.Json;
using System.Text.Json.Serialization;

namespace KarmayogiBot.Protocol.Schema;

/// <summary>
/// A conversation. <see cref="ConversationType"/> is <c>personal</c>, <c>groupChat</c> or <c>channel</c>;
/// a channel thread's id carries <c>;messageid=...</c>.
/// </summary>
public sealed class ConversationAccount
{
    public ConversationAccount()
    {
    }

    public ConversationAccount(string id)
    {
        Id = id;
    }

    public string? Id { get; set; }

    public string? ConversationType { get; set; }

    /// <summary>The tenant; older activities carry it only in <c>channelData.tenant.id</c> (see <see cref="Activity.GetTenantId"/>).</summary>
    public string? TenantId { get; set; }

    public bool? IsGroup { get; set; }

    public string? Name { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
