using System.Text.Json.Nodes;

namespace KarmayogiBot.Assistant.Cards;

/// <summary>
/// The <c>[1]</c>, <c>[2]</c> markers Teams turns into citations (the message's sources, in order), written once
/// after the card's source line: the last subtle text of its body.
/// </summary>
public static class CitationMarkers
{
    /// <summary>"[1][2]" for <paramref name="count"/> sources; empty for none.</summary>
    public static string For(int count) => string.Concat(Enumerable.Range(1, count).Select(i => $"[{i}]"));

    public static void AddTo(JsonObject card, int count)
    {
        if (count == 0 || card["body"] is not JsonArray body)
        {
            return;
        }

        var line = body.OfType<JsonObject>().LastOrDefault(e => (string?)e["type"] == "TextBlock" && e["isSubtle"]?.GetValue<bool>() == true)
            ?? body.OfType<JsonObject>().LastOrDefault(e => (string?)e["type"] == "TextBlock");
        if (line is not null)
        {
            line["text"] = $"{(string?)line["text"]} {For(count)}";
        }
    }
}
