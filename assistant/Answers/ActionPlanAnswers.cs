using KarmayogiBot.Assistant.Understanding;
using KarmayogiBot.Domain.Catalog;

namespace KarmayogiBot.Assistant.Answers;

/// <summary>The 2024-25 Action Plan's specifics: its "relevant for" table (by posting or course) and CBIC's 21 domain courses and the 4 added later.</summary>
public static class ActionPlanAnswers
{
    /// <summary>The table's rows for the posting or the course named; the whole table when neither is.</summary>
    public static ReplyMessage RelevantFor(Cycle cycle, Posting? posting, Course? course, Language language)
    {
        var rows = cycle.RelevantFor
            .Where(r => course is null || r.Course == course)
            .Where(r => posting is null || r.Officers.Contains(posting.Match, StringComparison.OrdinalIgnoreCase))
            .ToList();
        if (rows.Count == 0)
        {
            rows = [.. cycle.RelevantFor];
        }

        var title = Say.In(language, $"{cycle.Title}: courses and the officers they are relevant for", $"{cycle.TitleHi}: पाठ्यक्रम और वे किन अधिकारियों के लिए प्रासंगिक हैं");
        var lines = rows.Select(r => Say.In(language, $"{r.Course.Name}: {r.Officers}", $"{r.Course.Name}: {r.Officers}")).ToList();
        lines.Add(Say.In(language,
            "These are illustrative: officers must complete the CBIC courses relevant to their role; all who had to do \"Adjudication in GST\" and \"Refunds in GST\" were to complete them by the end of April 2024.",
            "ये उदाहरण हैं: अधिकारियों को अपनी भूमिका से संबंधित सीबीआईसी पाठ्यक्रम पूरे करने हैं; \"Adjudication in GST\" और \"Refunds in GST\" जिन्हें करने थे, उन्हें अप्रैल 2024 के अंत तक पूरे करने थे।"));
        return RuleAnswers.Lines(title, lines, language, [cycle.DomainCoursesCitation ?? cycle.Citation]);
    }

    /// <summary>The 21 CBIC-developed courses and the 4 added later (also domain, optional).</summary>
    public static ReplyMessage DomainCourses(Cycle cycle, Language language)
    {
        var title = Say.In(language, $"CBIC-developed courses on iGOT ({cycle.Title})", $"iGOT पर सीबीआईसी द्वारा विकसित पाठ्यक्रम ({cycle.TitleHi})");
        var listed = cycle.DomainCourses.Select((c, i) => $"{i + 1}. {c.Name}").ToList();
        var later = cycle.OptionalDomainCourses.Select(c => c.Name).ToList();
        var lines = new List<string>
        {
            Say.In(language,
                $"CBIC developed {cycle.DomainCourses.Count} courses, all of domain competence; officers must complete those relevant to their role:",
                $"सीबीआईसी ने {cycle.DomainCourses.Count} पाठ्यक्रम विकसित किए, सभी डोमेन दक्षता के; अधिकारियों को अपनी भूमिका से संबंधित पाठ्यक्रम पूरे करने हैं:"),
        };
        lines.AddRange(listed);
        if (later.Count > 0)
        {
            lines.Add(Say.In(language,
                $"Added later (NACIN e-mail of 08.07.2024, para 4): {string.Join("; ", later)}. These also fall under the domain category and \"may also be completed\".",
                $"बाद में जोड़े गए (नासिन ई-मेल दिनांक 08.07.2024): {string.Join("; ", later)}। ये भी डोमेन श्रेणी में आते हैं और इन्हें भी पूरा किया जा सकता है।"));
        }

        IEnumerable<Citation?> citations = [cycle.DomainCoursesCitation ?? cycle.Citation, later.Count > 0 ? cycle.OptionalDomainCoursesCitation : null];
        return RuleAnswers.Lines(title, lines, language, [.. citations.OfType<Citation>()]);
    }
}
