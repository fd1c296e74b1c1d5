using System.Text.Json;
using System.Text.Json.Serialization;

namespace KarmayogiBot.Protocol.Schema;

/// <summary>The body of <c>POST v3/conversations</c> (create a conversation, e.g. a proactive 1:1 chat).</summary>
public sealed class ConversationParameters
{
    public bool? IsGroup { get; set; }

    public ChannelAccount? Bot { get; set; }

    public IList<ChannelAccount>? Members { get; set; }

    public string? TopicName { get; set; }

    public string? TenantId { get; set; }

    public Activity? Activity { get; set; }

    public TeamsChannelData? ChannelData { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>
    /// The Teams 1:1 body: <c>{"isGroup": false, "bot": {"id": botId}, "members": [{"id": userId}], "tenantId": T,
    /// "channelData": {"tenant": {"id": T}}}</c>. <paramref name="userId"/> is the <c>29:...</c> id or the Entra object
    /// id (never an e-mail or UPN); <paramref name="botId"/> is <c>28:&lt;appId&gt;</c>.
    /// </summary>
    public static ConversationParameters ForPersonalChat(string botId, string userId, string tenantId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(botId);
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        return new ConversationParameters
        {
            IsGroup = false,
            Bot = new ChannelAccount(botId),
            Members = [new ChannelAccount(userId)],
            TenantId = tenantId,
            ChannelData = new TeamsChannelData { Tenant = new TenantInfo(tenantId) },
        };
    }
}
