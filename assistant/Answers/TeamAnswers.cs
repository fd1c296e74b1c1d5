using System.Text.Json.Nodes;
using KarmayogiBot.Assistant.Cards;
using KarmayogiBot.Domain.Catalog;
using KarmayogiBot.Domain.Compliance;
using KarmayogiBot.Domain.Reporting;

namespace KarmayogiBot.Assistant.Answers;

/// <summary>
/// What a reporting officer is told about the officers reporting to them ("my team"): how many are fully compliant,
/// then each officer, defaulters first (overdue before pending, most pending first), with what they have pending; and
/// the team's .xlsx. The JNCH office note asks supervisory officers to monitor the compliance of officers working under them.
/// </summary>
public static class TeamAnswers
{
    private const int Listed = 40;

    public static ReplyMessage Team(ZoneSummary summary, Topic? monitoring, Language language)
    {
        var officers = summary.Officers
            .OrderBy(s => s.IsCompliant)
            .ThenByDescending(s => s.IsOverdue())
            .ThenByDescending(s => s.Report?.PendingCount ?? int.MaxValue)
            .ThenBy(s => s.Officer.Officer.Name, StringComparer.Ordinal)
            .ToList();
        var t = summary.Totals;
        var title = Say.In(language,
            $"Your team: {t.Compliant} of {t.Officers} fully compliant",
            $"आपकी टीम: {t.Officers} में से {t.Compliant} पूर्ण अनुपालन में");
        var lines = officers.Take(Listed).Select(s => $"{ZoneAnswers.Who(s.Officer.Officer)}: {Pending(s, language)}").ToList();
        if (officers.Count > Listed)
        {
            lines.Add(Say.In(language,
                $"... and {officers.Count - Listed} more: \"my team export\" gives the full list.",
                $"... और {officers.Count - Listed}: पूरी सूची के लिए \"my team export\" लिखें।"));
        }

        var intro = Say.In(language,
            $"The officers whose roster entry names you as their reporting officer, from the iGOT reports imported for {summary.Cycle.Title}; not yet compliant first.",
            $"वे अधिकारी जिनकी सूची प्रविष्टि में आप उनके रिपोर्टिंग अधिकारी हैं, {summary.Cycle.TitleHi} के लिए आयात की गई iGOT रिपोर्टों के अनुसार; अनुपालन में न होने वाले पहले।");
        var card = new AdaptiveCard().Title(title).Text(intro, subtle: true).Bullets(lines);
        IReadOnlyList<Citation> citations = monitoring?.Citations ?? [];
        if (monitoring is not null)
        {
            card.Text(Say.In(language, monitoring.Text, monitoring.TextHi));
        }

        CitationLine.AddTo(card, language, citations)
            .Submit(ExportButton(language), new JsonObject { ["ask"] = "my team export" });
        var text = string.Join("\n", lines.Prepend(intro).Prepend($"**{title}**").Append(CitationLine.Of(language, citations)).Where(l => l.Length > 0));
        return new ReplyMessage(text, card.Build(title), sources: citations) { Language = language };
    }

    /// <summary>The link to the team's workbook (summary and defaulters sheets, as the nodal officer's export).</summary>
    public static ReplyMessage Export(ZoneSummary summary, Uri link, Language language) =>
        ZoneAnswers.Workbook(Say.In(language, "Your team's report (.xlsx)", "आपकी टीम की रिपोर्ट (.xlsx)"), summary, link, language);

    /// <summary>No officer in the roster names the asker as their reporting officer.</summary>
    public static ReplyMessage NoTeam(Language language) => new(Say.In(language,
        "No officer in your zone's roster names you as their reporting officer, so I have no team to show you. The roster's Reporting Officer column is kept by your nodal officer.",
        "आपके अंचल की सूची में किसी अधिकारी ने आपको अपना रिपोर्टिंग अधिकारी नहीं दर्शाया है, इसलिए दिखाने के लिए कोई टीम नहीं है। सूची का Reporting Officer कॉलम आपके नोडल अधिकारी रखते हैं।"));

    /// <summary>The asker is not in any roster: who reports to them is not known.</summary>
    public static ReplyMessage NotInRoster(Language language) => new(Say.In(language,
        "I don't find you in your zone's roster, so I cannot tell who reports to you. Your nodal officer imports the roster.",
        "आप अपने अंचल की सूची में नहीं हैं, इसलिए मैं नहीं बता सकता कि आपको कौन रिपोर्ट करता है। नोडल अधिकारी सूची आयात करते हैं।"));

    /// <summary>What the officer has pending: the courses, the assessment, the iGOT designation; or that the role is not known or nothing is recorded.</summary>
    private static string Pending(OfficerStanding standing, Language language)
    {
        if (standing.Report is not { } report)
        {
            return Say.In(language, "role not known (check designation and formation)", "भूमिका अज्ञात (पदनाम और संरचना जाँचें)");
        }

        if (standing.IsCompliant)
        {
            return Say.In(language, "fully compliant", "पूर्ण अनुपालन") + (standing.DesignationCorrect ? "" : Say.In(language, "; wrong iGOT designation", "; गलत iGOT पदनाम"));
        }

        if (standing.Officer.Records.Count == 0)
        {
            return Marks.NoRecord(language);
        }

        var items = report.Outstanding.Select(r => r.Course.Name).ToList();
        if (report.Assessment is { Passed: false } assessment)
        {
            items.Add(Say.In(language, $"{assessment.Course.Name} not passed", $"{assessment.Course.Name} उत्तीर्ण नहीं"));
        }

        if (!standing.DesignationCorrect)
        {
            items.Add(Say.In(language, "wrong iGOT designation", "गलत iGOT पदनाम"));
        }

        var overdue = standing.IsOverdue() ? Say.In(language, "overdue: ", "समय-सीमा पार: ") : "";
        return overdue + string.Join("; ", items);
    }

    private static string ExportButton(Language language) => Say.In(language, "Export .xlsx", ".xlsx निर्यात");
}
