using System.Text.Json;
using System.Text.Json.Serialization;

namespace KarmayogiBot.Protocol.Schema;

/// <summary>A page of <c>GET v3/conversations/{id}/pagedmembers</c>; pass <see cref="ContinuationToken"/> for the next one.</summary>
public sealed class PagedMembersResult
{
    public string? ContinuationToken { get; set; }

    public IList<TeamsMember>? Members { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
