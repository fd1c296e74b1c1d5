using System.Globalization;
using System.Text.Json.Nodes;
using KarmayogiBot.Assistant.Cards;
using KarmayogiBot.Domain.Nudges;
using KarmayogiBot.Domain.Officers;
using KarmayogiBot.Domain.Reporting;
using KarmayogiBot.Domain.Time;

namespace KarmayogiBot.Assistant.Answers;

/// <summary>
/// What a nodal officer is told about their zone: the summary, the defaulters, the .xlsx report, the last nudge pass
/// (the bot's <c>summary</c>, <c>defaulters</c>, <c>export</c>, <c>nudge status</c>), and the fortnightly summary the
/// worker delivers. Both summaries are one <see cref="ZoneCard"/>; the fortnightly one has more sections.
/// </summary>
public static class ZoneAnswers
{
    private const int Listed = 15;
    private const int LaggingInReply = 3;
    private const int FormationBars = 10;

    /// <summary>The scope's figures (a formation's when the scope names one), its lagging formations, and buttons for the other commands.</summary>
    /// <param name="beforeImport">The figures before an import just made: each figure then shows its change.</param>
    public static ReplyMessage Summary(ZoneSummary summary, Language language, PreviousSummary? beforeImport = null)
    {
        var place = summary.Scope.Formation ?? summary.Scope.Zone ?? Say.In(language, "all zones", "सभी अंचल");
        var title = Say.In(language, $"{place}: {summary.Cycle.Title}", $"{place}: {summary.Cycle.TitleHi}");
        var lagging = summary.ByFormation.Where(f => f.Counts.Officers > 0).OrderBy(f => (double)f.Counts.Compliant / f.Counts.Officers).Take(LaggingInReply)
            .Select(f => $"{f.Name}: {ZoneCard.Share(f.Counts.Compliant, f.Counts.Officers)}").ToList();
        var card = new ZoneCard(language, title, $"**{title}**")
            .Figures(summary, beforeImport);
        if (beforeImport is not null)
        {
            card.Note(Say.In(language, "Changes are since before this import.", "बदलाव इस आयात से पहले की तुलना में हैं।"));
        }

        card.ReportDate(summary)
            .Chart(ZoneCharts.Compliance(language, summary.Totals))
            .List(LaggingHeading(language), lagging, onCard: lagging.Count > 1) // one formation lags nothing
            .Ask(Say.In(language, "Defaulters", "डिफॉल्टर"), "defaulters" + (summary.Scope.Formation is { } formation ? $" {formation}" : ""))
            .Ask(ExportButton(language), "export")
            .Ask(NudgeStatusButton(language), "nudge status");
        return new ReplyMessage(card.Text, card.Build(textAsFallback: false));
    }

    /// <summary>
    /// The nodal officer's fortnightly card: the figures with the change since <paramref name="previous"/>, the formations
    /// that lag most, charts (gauge, donut, bars by formation), the officers the bot cannot reach, the defaulters .xlsx link,
    /// and the link to the report for NACIN's iGOT Cell (<see cref="NacinReport"/>: courses completed in the fortnight) with its period.
    /// </summary>
    /// <param name="unreachable">Names (with employee code) of the scope's officers the bot cannot reach, all of them.</param>
    /// <param name="nacin">The NACIN report of the day and its link; none leaves it out.</param>
    public static JsonObject Fortnightly(ZoneSummary summary, PreviousSummary? previous, IReadOnlyList<string> unreachable, Uri? workbook, int laggingShown, int unreachableShown, Language language, (NacinReport Report, Uri Link)? nacin = null)
    {
        var t = summary.Totals;
        var place = summary.Scope.Zone ?? Say.In(language, "All zones", "सभी अंचल");
        var title = Say.In(language, $"{place}: iGOT compliance as of {Say.Date(summary.AsOf)}", $"{place}: {Say.Date(summary.AsOf)} तक iGOT अनुपालन");
        var since = previous is null
            ? Say.In(language, "This is the first summary: the next one will show the change.", "यह पहला सारांश है: अगले में बदलाव दिखेगा।")
            : Say.In(language, $"Changes are since the summary of {Say.Date(previous.Day)}.", $"बदलाव {Say.Date(previous.Day)} के सारांश से हैं।");
        var formations = summary.ByFormation.Where(f => f.Counts.Officers > 0)
            .OrderBy(f => (double)f.Counts.Compliant / f.Counts.Officers).ThenBy(f => f.Name, StringComparer.Ordinal).ToList();
        var lagging = formations.Take(laggingShown)
            .Select(f => $"{f.Name}: {ZoneCard.Share(f.Counts.Compliant, f.Counts.Officers)}, {f.Counts.Overdue} {Say.In(language, "overdue", "समय-सीमा पार")}").ToList();
        var unreachableLines = unreachable.Take(unreachableShown).ToList();
        if (unreachable.Count > unreachableShown)
        {
            unreachableLines.Add(Say.In(language, $"... and {unreachable.Count - unreachableShown} more (in the .xlsx)", $"... और {unreachable.Count - unreachableShown} (.xlsx में)"));
        }

        var card = new ZoneCard(language, title, title)
            .Subtitle(summary.Cycle.Title)
            .Figures(summary, previous)
            .Note(since)
            .ReportDate(summary)
            .Chart(ZoneCharts.Gauge(language, t))
            .Chart(ZoneCharts.Officers(language, t))
            .Chart(ZoneCharts.Formations(language, formations.Take(FormationBars)))
            .List(LaggingHeading(language), lagging, Say.In(language, "Lagging most:", "सबसे पीछे:"))
            .List(Say.In(language, $"The bot cannot reach {Say.Count(unreachable.Count, "officer", "officers")} in Teams; please reach them another way:", $"बॉट Teams में {unreachable.Count} अधिकारियों तक नहीं पहुँच सकता; कृपया अन्य माध्यम से संपर्क करें:"),
                unreachableLines, Say.In(language, "Unreachable in Teams:", "Teams में संपर्क से बाहर:"));
        if (workbook is not null)
        {
            card.Link(Say.In(language, $"Defaulters ({t.NotCompliant}), .xlsx", $"डिफॉल्टर ({t.NotCompliant}), .xlsx"), workbook.ToString(),
                Say.In(language, $"Defaulters (.xlsx): {workbook}", $"डिफॉल्टर (.xlsx): {workbook}"));
        }

        if (nacin is var (report, link))
        {
            var n = report.Total;
            card.Note(NacinAnswers.Period(report.Period, language) + " " + Say.In(language,
                $"{Say.Count(n.CompletedInPeriod, "officer", "officers")} completed {Say.Count(n.CoursesInPeriod, "course", "courses")}.",
                $"{n.CompletedInPeriod} अधिकारियों ने {n.CoursesInPeriod} पाठ्यक्रम पूरे किए।"));
            card.Link(Say.In(language, "Report for NACIN (.xlsx)", "नासिन के लिए रिपोर्ट (.xlsx)"), link.ToString(),
                Say.In(language, $"Report for NACIN's iGOT Cell (.xlsx): {link}", $"नासिन के iGOT सेल के लिए रिपोर्ट (.xlsx): {link}"));
        }

        return card.Ask(NudgeStatusButton(language), "nudge status").Build(textAsFallback: true);
    }

    /// <summary>The officers not yet fully compliant, by formation and name; the first fifteen, then a pointer to the export.</summary>
    public static ReplyMessage Defaulters(ZoneSummary summary, Language language)
    {
        var defaulters = summary.Defaulters.OrderBy(d => d.Officer.Officer.Formation).ThenBy(d => d.Officer.Officer.Name).ToList();
        var title = Say.In(language, $"Not yet compliant: {defaulters.Count} of {summary.Totals.Officers}", $"अभी अनुपालन नहीं: {summary.Totals.Officers} में से {defaulters.Count}");
        var lines = defaulters.Take(Listed).Select(d =>
        {
            var pending = d.Report?.PendingCount ?? 0;
            var what = d.Report is null
                ? Say.In(language, "role not known (check designation and formation)", "भूमिका अज्ञात (पदनाम और संरचना जाँचें)")
                : Say.In(language, $"{pending} pending", $"{pending} लंबित") + (d.DesignationCorrect ? "" : Say.In(language, ", wrong iGOT designation", ", गलत iGOT पदनाम"));
            return $"{Who(d.Officer.Officer)}: {what}";
        }).ToList();
        if (defaulters.Count > Listed)
        {
            lines.Add(Say.In(language, $"... and {defaulters.Count - Listed} more: \"export\" gives the full list.", $"... और {defaulters.Count - Listed}: पूरी सूची के लिए \"export\" लिखें।"));
        }

        var card = new AdaptiveCard().Title(title).Bullets(lines).Submit(ExportButton(language), new JsonObject { ["ask"] = "export" });
        return new ReplyMessage(string.Join("\n", lines.Prepend($"**{title}**")), card.Build(title));
    }

    /// <summary>The link to the scope's report workbook (summary and defaulters sheets).</summary>
    public static ReplyMessage Export(ZoneSummary summary, Uri link, Language language) =>
        Workbook(Say.In(language, "Zone report (.xlsx)", "अंचल रिपोर्ट (.xlsx)"), summary, link, language);

    /// <summary>A report workbook's link under <paramref name="title"/>: what its sheets hold, and for how long the link works.</summary>
    internal static ReplyMessage Workbook(string title, ZoneSummary summary, Uri link, Language language)
    {
        var text = Say.In(language,
            $"A summary sheet and the defaulters sheet in the circulars' report format ({Say.Count(summary.Totals.Officers, "officer", "officers")}, {summary.Totals.NotCompliant} not yet compliant). The link works for 24 hours.",
            $"परिपत्रों के रिपोर्ट प्रारूप में सारांश और डिफॉल्टर शीट ({summary.Totals.Officers} अधिकारी, {summary.Totals.NotCompliant} अभी अनुपालन में नहीं)। लिंक 24 घंटे मान्य रहेगा।");
        var card = new AdaptiveCard().Title(title).Text(text).OpenUrl(Say.In(language, "Download", "डाउनलोड"), link.ToString());
        return new ReplyMessage($"**{title}**\n{text}\n{link}", card.Build(title));
    }

    /// <summary>The last nudge pass for the scope: sent, failed, unreachable, pending, and whom to reach another way.</summary>
    public static ReplyMessage NudgeStatus(NudgeRunSummary? run, Language language)
    {
        if (run is null)
        {
            return new ReplyMessage(Say.In(language, "No nudge pass has run for your zone yet.", "आपके अंचल के लिए अभी तक कोई अनुस्मारक नहीं भेजा गया है।"));
        }

        var day = Say.Date(IndiaCalendar.DateOf(run.RanAt));
        var title = Say.In(language, $"Last nudge pass: {day}", $"अंतिम अनुस्मारक: {day}");
        var facts = new List<(string Title, string Value)>
        {
            (Say.In(language, "Sent", "भेजे गए"), run.Sent.ToString(CultureInfo.InvariantCulture)),
            (Say.In(language, "Failed", "विफल"), run.Failed.ToString(CultureInfo.InvariantCulture)),
            (Say.In(language, "Unreachable", "संपर्क से बाहर"), run.Unreachable.ToString(CultureInfo.InvariantCulture)),
            (Say.In(language, "Pending", "लंबित"), run.Pending.ToString(CultureInfo.InvariantCulture)),
        };
        var card = new AdaptiveCard().Title(title).Facts(facts);
        var retry = run.Failed > 0 ? RetryFailed(run.Failed, language) : null;
        if (retry is not null)
        {
            card.Text(retry);
        }

        if (run.UnreachableOfficers.Count > 0)
        {
            card.Text(Say.In(language, "Reach these officers another way:", "इन अधिकारियों से अन्य माध्यम से संपर्क करें:"), bold: true).Bullets(run.UnreachableOfficers.Take(Listed));
        }

        var lines = facts.Select(f => $"{f.Title}: {f.Value}").Prepend($"**{title}**");
        return new ReplyMessage(string.Join("\n", retry is null ? lines : lines.Append(retry)), card.Build(title));
    }

    private static string RetryFailed(int failed, Language language) => Say.In(language,
        $"{Say.Count(failed, "nudge", "nudges")} failed after every attempt. To send them again today, whoever runs the worker can run `worker nudge --retry-failed`.",
        $"{failed} अनुस्मारक सभी प्रयासों के बाद भी नहीं भेजे जा सके। इन्हें आज फिर से भेजने के लिए वर्कर चलाने वाले अधिकारी `worker nudge --retry-failed` चला सकते हैं।");

    /// <summary>The formation named is none of the zone's.</summary>
    public static ReplyMessage NoSuchFormation(string formation, Language language) => new(Say.In(language,
        $"I find no formation \"{formation}\" in your zone. Try \"summary\" for the whole zone.",
        $"आपके अंचल में \"{formation}\" नाम की कोई संरचना नहीं मिली। पूरे अंचल के लिए \"summary\" लिखें।"));

    /// <summary>"Name (code, designation, formation)": an officer as the nodal officer's lists name them.</summary>
    internal static string Who(Officer officer) => $"{officer.Name} ({officer.EmployeeCode}, {officer.Designation}, {officer.Formation})";

    private static string LaggingHeading(Language language) => Say.In(language, "Formations lagging most:", "सबसे पीछे की संरचनाएँ:");

    private static string NudgeStatusButton(Language language) => Say.In(language, "Nudge status", "अनुस्मारक स्थिति");

    private static string ExportButton(Language language) => Say.In(language, "Export .xlsx", ".xlsx निर्यात");
}
