using System.Globalization;
using KarmayogiBot.Assistant.Cards;
using KarmayogiBot.Domain.Catalog;
using KarmayogiBot.Domain.Reporting;

namespace KarmayogiBot.Assistant.Answers;

/// <summary>
/// What a nodal officer (or an admin, for every zone) is told of the fortnightly report for NACIN's iGOT Cell
/// (<see cref="NacinReport"/>): the period it covers, its counts and the link to its .xlsx; and the period line the
/// worker's fortnightly summary carries beside its link.
/// </summary>
public static class NacinAnswers
{
    /// <summary>The report's card: the period, the counts, the report date, the download button and the rule it answers (the nodal officer's fortnightly report).</summary>
    public static ReplyMessage Report(NacinReport report, Uri link, IReadOnlyList<Citation> rule, Language language)
    {
        var citations = CitationLine.Distinct(rule);
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(link);
        var t = report.Total;
        var place = report.Scope.Zone is null && report.Scope.Formation is null ? Say.In(language, "all zones", "सभी अंचल") : t.Name;
        var title = Say.In(language, $"Fortnightly report for NACIN: {place}", $"नासिन के लिए पाक्षिक रिपोर्ट: {place}");
        var facts = new List<(string Title, string Value)>
        {
            (Say.In(language, "Officers", "अधिकारी"), N(t.Officers)),
            (Say.In(language, "Registered on iGOT", "iGOT पर पंजीकृत"), ZoneCard.Share(t.Registered, t.Officers)),
            (Say.In(language, "Fully compliant", "पूर्ण अनुपालन"), ZoneCard.Share(t.Compliant, t.Officers)),
            (Say.In(language, "Completed courses in the period", "अवधि में पाठ्यक्रम पूरे किए"), Say.In(language, $"{Say.Count(t.CompletedInPeriod, "officer", "officers")}, {Say.Count(t.CoursesInPeriod, "course", "courses")}", $"{t.CompletedInPeriod} अधिकारी, {t.CoursesInPeriod} पाठ्यक्रम")),
        };
        if (report.Scope.Zone is null && report.Scope.Formation is null)
        {
            facts.Insert(0, (Say.In(language, "Zones", "अंचल"), N(report.Zones.Count)));
        }

        var text = Say.In(language,
            $"The officers who completed their plan's courses in the period, with each course and its date, in the circulars' columns, and the totals ({Sheets(language)}): ready to send to NACIN's iGOT Cell. The link works for 24 hours.",
            $"अवधि में अपनी योजना के पाठ्यक्रम पूरे करने वाले अधिकारी, प्रत्येक पाठ्यक्रम और उसकी तिथि सहित, परिपत्रों के कॉलमों में, और कुल योग ({Sheets(language)}): नासिन के iGOT सेल को भेजने के लिए तैयार। लिंक 24 घंटे मान्य रहेगा।");
        var card = new AdaptiveCard().Title(title).Text(Period(report.Period, language)).Facts(facts);
        var lines = new List<string> { $"**{title}**", Period(report.Period, language) };
        lines.AddRange(facts.Select(f => $"{f.Title}: {f.Value}"));
        if (report.Reports is { } age)
        {
            var asOf = ReportDateAnswers.AsOf(age, language);
            card.Text(asOf, subtle: true);
            lines.Add(asOf);
            if (ReportDateAnswers.Warning(age, report.Day, language) is { } warning)
            {
                card.Text(warning, color: "Attention", bold: true);
                lines.Add(warning);
            }
        }

        card.Text(text);
        lines.Add(text);
        lines.Add(link.ToString());
        CitationLine.AddTo(card, language, citations).OpenUrl(Say.In(language, "Download (.xlsx)", "डाउनलोड (.xlsx)"), link.ToString());
        if (CitationLine.Of(language, citations) is { Length: > 0 } source)
        {
            lines.Add(source);
        }

        return new ReplyMessage(string.Join("\n", lines), card.Build(title), sources: citations);
    }

    /// <summary>
    /// An officer who is not a nodal officer (nor an admin) asks for the report: it is not theirs to see, no figures; what
    /// the rule says instead (who makes the fortnightly report, and for whom), with its citation.
    /// </summary>
    /// <param name="rule">The catalog's nodal-officer rule; null leaves only the refusal.</param>
    public static ReplyMessage NotNodal(Topic? rule, Language language)
    {
        var refusal = Say.In(language,
            "The fortnightly report for NACIN is made by your zone's nodal officer; it lists other officers, so I give it to them only. I can tell you about your own courses and status.",
            "नासिन के लिए पाक्षिक रिपोर्ट आपके अंचल के नोडल अधिकारी बनाते हैं; इसमें अन्य अधिकारियों का विवरण होता है, इसलिए मैं इसे केवल उन्हें देता हूँ। मैं आपको आपके अपने पाठ्यक्रम और स्थिति बता सकता हूँ।");
        var card = new AdaptiveCard().Title(Say.In(language, "Fortnightly report for NACIN", "नासिन के लिए पाक्षिक रिपोर्ट")).Text(refusal);
        var lines = new List<string> { refusal };
        var citations = rule is null ? [] : CitationLine.Distinct(rule.Citations);
        if (rule is not null)
        {
            var text = Say.In(language, rule.Text, rule.TextHi);
            card.Text(text, subtle: true);
            lines.Add(text);
            CitationLine.AddTo(card, language, citations);
            lines.Add(CitationLine.Of(language, citations));
        }

        return new ReplyMessage(string.Join("\n", lines), card.Build(refusal), sources: citations, kind: AnswerKind.Refused);
    }

    /// <summary>
    /// "Courses completed from 01.03.2026 to 15.03.2026 (the fortnight of the report of 16.03.2026)", or, for a fortnight
    /// not yet ended, "... to 19.03.2026: the fortnight so far; the report of 01.04.2026 covers it whole".
    /// </summary>
    public static string Period(FortnightlyPeriod period, Language language)
    {
        ArgumentNullException.ThrowIfNull(period);
        var from = Say.Date(period.From);
        var to = Say.Date(period.To);
        var due = Say.Date(period.ReportDay);
        return period.IsWhole
            ? Say.In(language, $"Courses completed from {from} to {to} (the fortnight of the report of {due}).", $"{from} से {to} तक पूरे किए गए पाठ्यक्रम ({due} की रिपोर्ट का पखवाड़ा)।")
            : Say.In(language, $"Courses completed from {from} to {to}: the fortnight so far; the report of {due} covers it whole.", $"{from} से {to} तक पूरे किए गए पाठ्यक्रम: अब तक का पखवाड़ा; {due} की रिपोर्ट इसे पूरा दिखाएगी।");
    }

    private static string Sheets(Language language) => Say.In(language, "sheets \"Courses completed\" and \"Totals\"", "शीट \"Courses completed\" और \"Totals\"");

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
