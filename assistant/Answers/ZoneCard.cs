using System.Globalization;
using System.Text.Json.Nodes;
using KarmayogiBot.Assistant.Cards;
using KarmayogiBot.Domain.Reporting;

namespace KarmayogiBot.Assistant.Answers;

/// <summary>
/// The zone card, as the bot's <c>summary</c> and the fortnightly summary draw it: a title, the zone's figures (with the
/// change since an earlier summary when there is one), charts, lists (the formations that lag most, the officers the bot
/// cannot reach) and buttons; and beside the card its plain text, line by line. Sections appear in the order they are added.
/// </summary>
internal sealed class ZoneCard
{
    private readonly Language _language;
    private readonly AdaptiveCard _card = new();
    private readonly List<string> _lines = [];

    /// <param name="textTitle">The title as the plain text writes it (bold in a chat reply, plain in a notification).</param>
    public ZoneCard(Language language, string title, string textTitle)
    {
        _language = language;
        Title = title;
        _card.Title(title);
        _lines.Add(textTitle);
    }

    public string Title { get; }

    /// <summary>A subtle line under the title, on the card only.</summary>
    public ZoneCard Subtitle(string text)
    {
        _card.Text(text, subtle: true);
        return this;
    }

    /// <summary>Officers, the three shares, overdue, the deadline (and officers without a role); each with its change since <paramref name="previous"/>.</summary>
    public ZoneCard Figures(ZoneSummary summary, PreviousSummary? previous = null)
    {
        var t = summary.Totals;
        var before = previous?.Totals;
        var facts = new List<(string Title, string Value)>
        {
            (Say.In(_language, "Officers", "अधिकारी"), N(t.Officers) + Change(t.Officers, before?.Officers)),
            (Say.In(_language, "Fully compliant", "पूर्ण अनुपालन"), Share(t.Compliant, t.Officers) + PointChange(t.Compliant, t.Officers, before?.Compliant, before?.Officers)),
            (Say.In(_language, "Assessment passed", "मूल्यांकन उत्तीर्ण"), Share(t.AssessmentPassed, t.Officers) + PointChange(t.AssessmentPassed, t.Officers, before?.AssessmentPassed, before?.Officers)),
            (Say.In(_language, "Right iGOT designation", "सही iGOT पदनाम"), Share(t.DesignationCorrect, t.Officers) + PointChange(t.DesignationCorrect, t.Officers, before?.DesignationCorrect, before?.Officers)),
            (Say.In(_language, "Overdue", "समय-सीमा पार"), N(t.Overdue) + Change(t.Overdue, before?.Overdue)),
            (Say.In(_language, "Deadline", "अंतिम तिथि"), $"{Say.Date(summary.Cycle.Deadline)} ({Say.DaysLeft(_language, summary.Cycle.Deadline, summary.AsOf)})"),
        };
        if (t.UnknownRole > 0)
        {
            facts.Add((Say.In(_language, "Role not known", "भूमिका अज्ञात"), N(t.UnknownRole)));
        }

        _card.Facts(facts);
        _lines.AddRange(facts.Select(f => $"{f.Title}: {f.Value}"));
        return this;
    }

    /// <summary>A subtle line, on the card and in the text.</summary>
    public ZoneCard Note(string text)
    {
        _card.Text(text, subtle: true);
        _lines.Add(text);
        return this;
    }

    /// <summary>The date of the iGOT report the figures reflect (subtle), and the warning when it is old (in attention colour); nothing when not read.</summary>
    public ZoneCard ReportDate(ZoneSummary summary)
    {
        if (summary.Reports is not { } age)
        {
            return this;
        }

        Note(ReportDateAnswers.AsOf(age, _language));
        if (ReportDateAnswers.Warning(age, summary.AsOf, _language) is { } warning)
        {
            _card.Text(warning, color: "Attention", bold: true);
            _lines.Add(warning);
        }

        return this;
    }

    /// <summary>A chart (<see cref="ZoneCharts"/>), on the card only.</summary>
    public ZoneCard Chart(JsonObject chart)
    {
        _card.Element(chart);
        return this;
    }

    /// <summary>A bold heading and bullets on the card (when <paramref name="onCard"/>), the items in the text (after <paramref name="textHeading"/>, if any). Nothing when there are no items.</summary>
    public ZoneCard List(string heading, IReadOnlyList<string> items, string? textHeading = null, bool onCard = true)
    {
        if (items.Count == 0)
        {
            return this;
        }

        if (onCard)
        {
            _card.Text(heading, bold: true).Bullets(items);
        }

        if (textHeading is not null)
        {
            _lines.Add(textHeading);
        }

        _lines.AddRange(items);
        return this;
    }

    /// <summary>A button that asks the bot <paramref name="ask"/>, as if typed.</summary>
    public ZoneCard Ask(string title, string ask)
    {
        _card.Submit(title, new JsonObject { ["ask"] = ask });
        return this;
    }

    /// <summary>A button that opens <paramref name="url"/>; the text gets <paramref name="textLine"/>.</summary>
    public ZoneCard Link(string title, string url, string textLine)
    {
        _card.OpenUrl(title, url);
        _lines.Add(textLine);
        return this;
    }

    /// <summary>The plain text, line by line.</summary>
    public string Text => string.Join("\n", _lines);

    /// <summary>The card, with the title (a chat reply) or the whole text (a notification) as its fallback.</summary>
    public JsonObject Build(bool textAsFallback) => _card.Build(textAsFallback ? Text : Title);

    /// <summary>"12 (40.0%)"; "0" of none.</summary>
    internal static string Share(int part, int whole) =>
        whole == 0 ? "0" : $"{N(part)} ({ZoneCharts.Percent(part, whole).ToString("0.0", CultureInfo.InvariantCulture)}%)";

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Change(int now, int? before) => before is not { } b || now == b ? "" : $" ({(now > b ? "+" : "")}{N(now - b)})";

    /// <summary>The change in share, in percentage points.</summary>
    private static string PointChange(int part, int whole, int? partBefore, int? wholeBefore)
    {
        if (partBefore is not { } pb || wholeBefore is not { } wb)
        {
            return "";
        }

        var points = ZoneCharts.Percent(part, whole) - ZoneCharts.Percent(pb, wb);
        return Math.Abs(points) < 0.05 ? " (no change)" : $" ({(points > 0 ? "+" : "")}{points.ToString("0.0", CultureInfo.InvariantCulture)} pts)";
    }
}
