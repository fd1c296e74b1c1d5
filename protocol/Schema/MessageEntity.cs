using System.Text.Json;
using System.Text.Json.Nodes;

namespace KarmayogiBot.Protocol.Schema;

/// <summary>
/// The message's root <c>https://schema.org/Message</c> entity (Teams' "bot messages with AI-generated content"
/// shape) carrying its sources as <c>citation</c> claims. No <c>additionalType</c>: the bot's answers are the
/// circulars' words, not generated. Teams refuses an activity with more than one root Message entity.
/// </summary>
public static class MessageEntity
{
    public const string Type = "https://schema.org/Message";

    /// <summary>The longest <c>appearance.name</c> Teams accepts.</summary>
    public const int MaxNameLength = 80;

    /// <summary>The longest <c>appearance.abstract</c> Teams accepts.</summary>
    public const int MaxAbstractLength = 160;

    /// <summary>The entity for <paramref name="citations"/>, each name and abstract cut to Teams' lengths.</summary>
    public static Entity WithCitations(IReadOnlyList<MessageCitation> citations)
    {
        var claims = new JsonArray();
        foreach (var citation in citations)
        {
            var appearance = new JsonObject
            {
                ["@type"] = "DigitalDocument",
                ["name"] = Cut(citation.Name, MaxNameLength),
                ["abstract"] = Cut(citation.Abstract, MaxAbstractLength),
            };
            if (!string.IsNullOrWhiteSpace(citation.Url))
            {
                appearance["url"] = citation.Url;
            }

            claims.Add(new JsonObject { ["@type"] = "Claim", ["position"] = citation.Position, ["appearance"] = appearance });
        }

        return new Entity
        {
            Type = Type,
            AdditionalProperties = new Dictionary<string, JsonElement>
            {
                ["@type"] = JsonSerializer.SerializeToElement("Message"),
                ["@context"] = JsonSerializer.SerializeToElement("https://schema.org"),
                ["@id"] = JsonSerializer.SerializeToElement(""),
                ["citation"] = JsonSerializer.SerializeToElement(claims),
            },
        };
    }

    /// <summary>
    /// Puts the citations on <paramref name="activity"/> as its one root Message entity (replacing one already
    /// there) and their markers at the end of <paramref name="line"/>'s first occurrence in the text, else at the end
    /// of the text.
    /// </summary>
    public static void Cite(Activity activity, IReadOnlyList<MessageCitation> citations, string? line = null)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (citations.Count == 0)
        {
            return;
        }

        var markers = string.Join("", citations.Select(c => c.Marker));
        var text = activity.Text ?? "";
        var at = string.IsNullOrEmpty(line) ? -1 : text.IndexOf(line, StringComparison.Ordinal);
        activity.Text = at < 0 ? $"{text.TrimEnd()} {markers}".TrimStart() : text.Insert(at + line!.Length, $" {markers}");
        var entities = activity.Entities?.Where(e => !string.Equals(e.Type, Type, StringComparison.Ordinal)).ToList() ?? [];
        entities.Add(WithCitations(citations));
        activity.Entities = entities;
    }

    private static string Cut(string text, int length) =>
        text.Length <= length ? text : string.Concat(text.AsSpan(0, length - 1).TrimEnd(), "…");
}
