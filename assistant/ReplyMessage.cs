using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using KarmayogiBot.Assistant.Cards;
using KarmayogiBot.Domain.Catalog;

namespace KarmayogiBot.Assistant;

/// <summary>
/// One message of a reply: the plain text (also the fallback), an optional Adaptive Card, suggested replies.
/// Immutable: the card is written to JSON once, when the message is made, so a message kept for many officers
/// (<see cref="KarmayogiAssistant"/>) is sent again and again without building or writing its card again.
/// </summary>
public sealed class ReplyMessage
{
    private static readonly JsonSerializerOptions CardWriting = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public ReplyMessage(string text, JsonObject? card = null, IReadOnlyList<string>? suggestions = null, IReadOnlyList<Citation>? sources = null, AnswerKind kind = AnswerKind.Answered)
    {
        Text = text;
        Kind = kind;
        Suggestions = suggestions;
        Sources = sources ?? [];
        if (card is not null)
        {
            CitationMarkers.AddTo(card, Sources.Count);
            CardJson = JsonSerializer.SerializeToUtf8Bytes(card, CardWriting);
            CardFallbackText = card["fallbackText"]?.GetValue<string>();
        }
    }

    public string Text { get; }

    /// <summary>Whether the message answers, asks back, says the circulars do not say, or did not understand.</summary>
    public AnswerKind Kind { get; }

    public IReadOnlyList<string>? Suggestions { get; }

    /// <summary>Where the answer's facts come from, as data (the text shows one short line of them).</summary>
    public IReadOnlyList<Citation> Sources { get; }

    /// <summary>The answer's language: its sources are named in it on the activity (English unless the answer says).</summary>
    public Language Language { get; init; } = Language.English;

    /// <summary>The Adaptive Card as UTF-8 JSON; null for a plain-text message.</summary>
    public ReadOnlyMemory<byte>? CardJson { get; }

    /// <summary>The card's fallback text (its title), for notifications and clients that cannot show cards.</summary>
    public string? CardFallbackText { get; }

    /// <summary>The card as a JSON tree (a copy), for reading it.</summary>
    public JsonObject? Card => CardJson is { } json ? JsonNode.Parse(json.Span)!.AsObject() : null;
}
