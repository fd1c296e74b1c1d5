using System.Text.Json.Nodes;

namespace KarmayogiBot.Assistant.Cards;

/// <summary>Builds an Adaptive Card 1.5 (the version Teams desktop and web render) as JSON.</summary>
public sealed class AdaptiveCard
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    private const string SourcesId = "sources";

    private readonly JsonArray _body = [];
    private readonly JsonArray _actions = [];

    public AdaptiveCard Title(string text) => Add(TextBlock(text, size: "Medium", weight: "Bolder"));

    public AdaptiveCard Text(string text, bool subtle = false, string? color = null, bool bold = false) =>
        Add(TextBlock(text, isSubtle: subtle, color: color, weight: bold ? "Bolder" : null));

    /// <summary>Small, subtle text: where a fact comes from.</summary>
    public AdaptiveCard Source(string text) => Add(TextBlock(text, isSubtle: true, size: "Small"));

    /// <summary>The short citation line, and the full citations in a hidden container a "Sources" button shows.</summary>
    public AdaptiveCard Sources(string line, IReadOnlyList<string> details, string showLabel)
    {
        Source(line);
        if (details.Count == 0)
        {
            return this;
        }

        var items = new JsonArray();
        foreach (var detail in details)
        {
            items.Add(TextBlock(detail, isSubtle: true, size: "Small"));
        }

        Add(new JsonObject { ["type"] = "Container", ["id"] = SourcesId, ["isVisible"] = false, ["items"] = items });
        _actions.Add(new JsonObject { ["type"] = "Action.ToggleVisibility", ["title"] = showLabel, ["targetElements"] = new JsonArray(SourcesId) });
        return this;
    }

    public AdaptiveCard Facts(IEnumerable<(string Title, string Value)> facts)
    {
        var set = new JsonArray();
        foreach (var (title, value) in facts)
        {
            set.Add(new JsonObject { ["title"] = title, ["value"] = value });
        }

        return set.Count == 0 ? this : Add(new JsonObject { ["type"] = "FactSet", ["facts"] = set });
    }

    /// <summary>A bulleted list (Adaptive Card markdown).</summary>
    public AdaptiveCard Bullets(IEnumerable<string> items)
    {
        var lines = items.Select(i => $"- {i}").ToList();
        return lines.Count == 0 ? this : Add(TextBlock(string.Join("\r", lines)));
    }

    /// <summary>A numbered list (Adaptive Card markdown).</summary>
    public AdaptiveCard Numbered(IEnumerable<string> items)
    {
        var lines = items.Select((item, i) => $"{i + 1}. {item}").ToList();
        return lines.Count == 0 ? this : Add(TextBlock(string.Join("\r", lines)));
    }

    public AdaptiveCard Element(JsonObject element) => Add(element);

    public AdaptiveCard TextInput(string id, string label, string placeholder) =>
        Add(new JsonObject { ["type"] = "Input.Text", ["id"] = id, ["label"] = label, ["placeholder"] = placeholder });

    public AdaptiveCard ChoiceInput(string id, string label, IEnumerable<(string Title, string Value)> choices)
    {
        var list = new JsonArray();
        foreach (var (title, value) in choices)
        {
            list.Add(new JsonObject { ["title"] = title, ["value"] = value });
        }

        return Add(new JsonObject { ["type"] = "Input.ChoiceSet", ["id"] = id, ["label"] = label, ["style"] = "expanded", ["choices"] = list });
    }

    /// <summary>A button whose data comes back to the bot as the message's value (Action.Submit).</summary>
    public AdaptiveCard Submit(string title, JsonObject data)
    {
        _actions.Add(new JsonObject { ["type"] = "Action.Submit", ["title"] = title, ["data"] = data });
        return this;
    }

    /// <summary>A Universal Action (<c>Action.Execute</c>): Teams sends the bot an <c>adaptiveCard/action</c> invoke with the verb and data, and shows the card it answers with.</summary>
    public AdaptiveCard Execute(string title, string verb, JsonObject data)
    {
        _actions.Add(new JsonObject { ["type"] = "Action.Execute", ["title"] = title, ["verb"] = verb, ["data"] = data });
        return this;
    }

    public AdaptiveCard OpenUrl(string title, string url)
    {
        _actions.Add(new JsonObject { ["type"] = "Action.OpenUrl", ["title"] = title, ["url"] = url });
        return this;
    }

    /// <summary>The card. It takes the elements added so far (no copy): a builder builds one card.</summary>
    public JsonObject Build(string fallbackText)
    {
        if (_body.Parent is not null)
        {
            throw new InvalidOperationException("This card is already built: a builder builds one card.");
        }

        return new()
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = "1.5",
            ["fallbackText"] = fallbackText,
            ["body"] = _body,
            ["actions"] = _actions,
        };
    }

    private AdaptiveCard Add(JsonObject element)
    {
        _body.Add(element);
        return this;
    }

    private static JsonObject TextBlock(string text, string? size = null, string? weight = null, bool isSubtle = false, string? color = null)
    {
        var block = new JsonObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true };
        if (size is not null)
        {
            block["size"] = size;
        }

        if (weight is not null)
        {
            block["weight"] = weight;
        }

        if (isSubtle)
        {
            block["isSubtle"] = true;
        }

        if (color is not null)
        {
            block["color"] = color;
        }

        return block;
    }
}
