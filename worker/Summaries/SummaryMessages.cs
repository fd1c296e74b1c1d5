using System.Globalization;
using System.Text.Json.Nodes;
using KarmayogiBot.Assistant;
using KarmayogiBot.Assistant.Cards;
using KarmayogiBot.Domain.Reporting;
using KarmayogiBot.Infrastructure.Outbox;

namespace KarmayogiBot.Worker.Summaries;

/// <summary>
/// The nodal officer's fortnightly card: totals and shares (fully compliant, assessment passed, right iGOT
/// designation), the change since the last summary, the formations that lag most, charts (gauge, donut, bars by
/// formation), the defaulters .xlsx link and the officers the bot cannot reach.
/// </summary>
public static class SummaryMessages
{
    private const int FormationBars = 10;

    /// <param name="unreachable">Names (with employee code) of the scope's officers the bot cannot reach, all of them.</param>
    public static JsonObject Build(ZoneSummary summary, SummarySnapshot? previous, IReadOnlyList<string> unreachable, Uri? workbook, int laggingShown, int unreachableShown, Language language)
    {
        var t = summary.Totals;
        var place = summary.Scope.Zone ?? Say.In(language, "All zones", "सभी अंचल");
        var title = Say.In(language, $"{place}: iGOT compliance as of {Say.Date(summary.AsOf)}", $"{place}: {Say.Date(summary.AsOf)} तक iGOT अनुपालन");
        var facts = new List<(string, string)>
        {
            (Say.In(language, "Officers", "अधिकारी"), N(t.Officers) + Change(t.Officers, previous?.Officers)),
            (Say.In(language, "Fully compliant", "पूर्ण अनुपालन"), Share(t.Compliant, t.Officers) + PointChange(t.Compliant, t.Officers, previous?.Compliant, previous?.Officers)),
            (Say.In(language, "Assessment passed", "मूल्यांकन उत्तीर्ण"), Share(t.AssessmentPassed, t.Officers) + PointChange(t.AssessmentPassed, t.Officers, previous?.AssessmentPassed, previous?.Officers)),
            (Say.In(language, "Right iGOT designation", "सही iGOT पदनाम"), Share(t.DesignationCorrect, t.Officers) + PointChange(t.DesignationCorrect, t.Officers, previous?.DesignationCorrect, previous?.Officers)),
            (Say.In(language, "Overdue", "समय-सीमा पार"), N(t.Overdue) + Change(t.Overdue, previous?.Overdue)),
            (Say.In(language, "Deadline", "अंतिम तिथि"), $"{Say.Date(summary.Cycle.Deadline)} ({Say.DaysLeft(language, summary.Cycle.Deadline, summary.AsOf)})"),
        };
        if (t.UnknownRole > 0)
        {
            facts.Add((Say.In(language, "Role not known", "भूमिका अज्ञात"), N(t.UnknownRole)));
        }

        var since = previous is null
            ? Say.In(language, "This is the first summary: the next one will show the change.", "यह पहला सारांश है: अगले में बदलाव दिखेगा।")
            : Say.In(language, $"Changes are since the summary of {Say.Date(previous.Day)}.", $"बदलाव {Say.Date(previous.Day)} के सारांश से हैं।");
        var formations = summary.ByFormation.Where(f => f.Counts.Officers > 0)
            .OrderBy(f => (double)f.Counts.Compliant / f.Counts.Officers).ThenBy(f => f.Name, StringComparer.Ordinal).ToList();
        var lagging = formations.Take(laggingShown).Select(f => $"{f.Name}: {Share(f.Counts.Compliant, f.Counts.Officers)}, {f.Counts.Overdue} {Say.In(language, "overdue", "समय-सीमा पार")}").ToList();

        var card = new AdaptiveCard().Title(title).Text(summary.Cycle.Title, subtle: true).Facts(facts).Text(since, subtle: true)
            .Element(Gauge(language, t.Compliant, t.Officers))
            .Element(Donut(language, t))
            .Element(Bars(language, formations.Take(FormationBars)));
        if (lagging.Count > 0)
        {
            card.Text(Say.In(language, "Formations lagging most:", "सबसे पीछे की संरचनाएँ:"), bold: true).Bullets(lagging);
        }

        var unreachableLines = unreachable.Take(unreachableShown).ToList();
        if (unreachable.Count > unreachableShown)
        {
            unreachableLines.Add(Say.In(language, $"... and {unreachable.Count - unreachableShown} more (in the .xlsx)", $"... और {unreachable.Count - unreachableShown} (.xlsx में)"));
        }

        if (unreachable.Count > 0)
        {
            card.Text(Say.In(language, $"The bot cannot reach {unreachable.Count} officer(s) in Teams; please reach them another way:", $"बॉट Teams में {unreachable.Count} अधिकारियों तक नहीं पहुँच सकता; कृपया अन्य माध्यम से संपर्क करें:"), bold: true)
                .Bullets(unreachableLines);
        }

        if (workbook is not null)
        {
            card.OpenUrl(Say.In(language, $"Defaulters ({t.NotCompliant}), .xlsx", $"डिफॉल्टर ({t.NotCompliant}), .xlsx"), workbook.ToString());
        }

        card.Submit(Say.In(language, "Nudge status", "नज स्थिति"), new JsonObject { ["ask"] = "nudge status" });
        var text = string.Join("\n", facts.Select(f => $"{f.Item1}: {f.Item2}").Prepend(title).Append(since)
            .Concat(lagging.Count > 0 ? lagging.Prepend(Say.In(language, "Lagging most:", "सबसे पीछे:")) : [])
            .Concat(unreachable.Count > 0 ? unreachableLines.Prepend(Say.In(language, "Unreachable in Teams:", "Teams में संपर्क से बाहर:")) : [])
            .Append(workbook is null ? "" : Say.In(language, $"Defaulters (.xlsx): {workbook}", $"डिफॉल्टर (.xlsx): {workbook}"))
            .Where(l => l.Length > 0));
        return card.Build(text);
    }

    private static JsonObject Gauge(Language language, int compliant, int officers) => new()
    {
        ["type"] = "Chart.Gauge",
        ["title"] = Say.In(language, "Fully compliant", "पूर्ण अनुपालन"),
        ["min"] = 0,
        ["max"] = 100,
        ["value"] = Math.Round(Percent(compliant, officers), 1),
        ["valueFormat"] = "Percentage",
        ["segments"] = new JsonArray
        {
            new JsonObject { ["size"] = 50, ["color"] = "bad" },
            new JsonObject { ["size"] = 30, ["color"] = "warning" },
            new JsonObject { ["size"] = 20, ["color"] = "good" },
        },
    };

    private static JsonObject Donut(Language language, SummaryCounts t) => new()
    {
        ["type"] = "Chart.Donut",
        ["title"] = Say.In(language, "Officers", "अधिकारी"),
        ["data"] = new JsonArray
        {
            new JsonObject { ["legend"] = Say.In(language, "Fully compliant", "पूर्ण अनुपालन"), ["value"] = t.Compliant },
            new JsonObject { ["legend"] = Say.In(language, "Overdue", "समय-सीमा पार"), ["value"] = t.Overdue },
            new JsonObject { ["legend"] = Say.In(language, "Pending", "लंबित"), ["value"] = Math.Max(0, t.Officers - t.Compliant - t.Overdue) },
        },
    };

    private static JsonObject Bars(Language language, IEnumerable<GroupSummary> formations)
    {
        var data = new JsonArray();
        foreach (var f in formations)
        {
            data.Add(new JsonObject { ["x"] = f.Name, ["y"] = Math.Round(Percent(f.Counts.Compliant, f.Counts.Officers), 1) });
        }

        return new JsonObject
        {
            ["type"] = "Chart.HorizontalBar",
            ["title"] = Say.In(language, "% fully compliant, by formation (lowest first)", "संरचना-वार % पूर्ण अनुपालन (सबसे कम पहले)"),
            ["displayMode"] = "AbsoluteWithAxis",
            ["data"] = data,
        };
    }

    private static double Percent(int part, int whole) => whole == 0 ? 0 : 100.0 * part / whole;

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Share(int part, int whole) => $"{N(part)} ({Percent(part, whole).ToString("0.0", CultureInfo.InvariantCulture)}%)";

    private static string Change(int now, int? before) => before is not { } b || now == b ? "" : $" ({(now > b ? "+" : "")}{N(now - b)})";

    /// <summary>The change in share, in percentage points.</summary>
    private static string PointChange(int part, int whole, int? partBefore, int? wholeBefore)
    {
        if (partBefore is not { } pb || wholeBefore is not { } wb)
        {
            return "";
        }

        var points = Percent(part, whole) - Percent(pb, wb);
        return Math.Abs(points) < 0.05 ? " (no change)" : $" ({(points > 0 ? "+" : "")}{points.ToString("0.0", CultureInfo.InvariantCulture)} pts)";
    }
}
