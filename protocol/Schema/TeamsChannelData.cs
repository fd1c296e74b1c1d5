using System.Text.Json;
using System.Text.Json.Serialization;

namespace KarmayogiBot.Protocol.Schema;

/// <summary>
/// Teams' <c>channelData</c>: tenant, team, channel and the conversationUpdate <see cref="EventType"/>
/// (<c>teamMemberAdded</c>, <c>channelCreated</c>...). Everything else (settings, source, legacy...) is kept
/// in <see cref="AdditionalProperties"/>.
/// </summary>
public sealed class TeamsChannelData
{
    public TenantInfo? Tenant { get; set; }

    public TeamInfo? Team { get; set; }

    public ChannelInfo? Channel { get; set; }

    public string? EventType { get; set; }

    /// <summary>On an outgoing message: Teams' feedback buttons (never together with <c>feedbackLoopEnabled</c>).</summary>
    public FeedbackLoop? FeedbackLoop { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
