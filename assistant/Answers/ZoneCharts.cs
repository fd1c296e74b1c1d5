using System.Text.Json.Nodes;
using KarmayogiBot.Domain.Reporting;

namespace KarmayogiBot.Assistant.Answers;

/// <summary>The zone card's charts (Teams' Adaptive Card chart elements): compliance donuts, the gauge, the bars by formation.</summary>
internal static class ZoneCharts
{
    /// <summary>Fully compliant against not yet.</summary>
    public static JsonObject Compliance(Language language, SummaryCounts totals) => Donut(Say.In(language, "Compliance", "अनुपालन"),
        (Say.In(language, "Fully compliant", "पूर्ण अनुपालन"), totals.Compliant),
        (Say.In(language, "Not yet", "अभी नहीं"), totals.Officers - totals.Compliant));

    /// <summary>The officers: fully compliant, overdue, and the rest (pending).</summary>
    public static JsonObject Officers(Language language, SummaryCounts totals) => Donut(Say.In(language, "Officers", "अधिकारी"),
        (Say.In(language, "Fully compliant", "पूर्ण अनुपालन"), totals.Compliant),
        (Say.In(language, "Overdue", "समय-सीमा पार"), totals.Overdue),
        (Say.In(language, "Pending", "लंबित"), Math.Max(0, totals.Officers - totals.Compliant - totals.Overdue)));

    /// <summary>The share fully compliant, on a red-amber-green scale.</summary>
    public static JsonObject Gauge(Language language, SummaryCounts totals) => new()
    {
        ["type"] = "Chart.Gauge",
        ["title"] = Say.In(language, "Fully compliant", "पूर्ण अनुपालन"),
        ["min"] = 0,
        ["max"] = 100,
        ["value"] = Math.Round(Percent(totals.Compliant, totals.Officers), 1),
        ["valueFormat"] = "Percentage",
        ["segments"] = new JsonArray
        {
            new JsonObject { ["size"] = 50, ["color"] = "bad" },
            new JsonObject { ["size"] = 30, ["color"] = "warning" },
            new JsonObject { ["size"] = 20, ["color"] = "good" },
        },
    };

    /// <summary>The share fully compliant of each formation, in the order given (lowest first).</summary>
    public static JsonObject Formations(Language language, IEnumerable<GroupSummary> formations)
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

    public static double Percent(int part, int whole) => whole == 0 ? 0 : 100.0 * part / whole;

    private static JsonObject Donut(string title, params (string Legend, int Value)[] slices)
    {
        var data = new JsonArray();
        foreach (var (legend, value) in slices)
        {
            data.Add(new JsonObject { ["legend"] = legend, ["value"] = value });
        }

        return new JsonObject { ["type"] = "Chart.Donut", ["title"] = title, ["data"] = data };
    }
}
