using KarmayogiBot.Assistant.Understanding;
using KarmayogiBot.Domain.Catalog;

namespace KarmayogiBot.Assistant.Answers;

/// <summary>The 2024-25 Action Plan's specifics: its dates, its "relevant for" table (by posting or course) and CBIC's 21 domain courses and the 4 added later.</summary>
public static class ActionPlanAnswers
{
    /// <summary>
    /// "Deadline for Adjudication in GST in 2024?": the plan's own dates, not the plan in force today. For a course it
    /// names, that course's date and whom it was for; otherwise every date of the plan. Then that the plan has ended.
    /// </summary>
    public static ReplyMessage Deadlines(Cycle cycle, Course? course, Language language, DateOnly today)
    {
        var requirement = course is null ? null : cycle.Requirements.FirstOrDefault(r => r.Course == course);
        var citations = requirement is null ? [cycle.Citation] : new List<Citation>(requirement.Citations);
        var lines = requirement is null ? DeadlineLines(cycle, language, citations) : [RequirementLine(requirement, cycle, language)];
        if (requirement is not null)
        {
            if (Say.In(language, requirement.Note ?? "", requirement.NoteHi ?? "") is { Length: > 0 } note)
            {
                lines.Add(note);
            }
        }

        if (cycle.Deadline < today)
        {
            lines.Add(Say.In(language,
                $"The {cycle.Title} ended on {Say.Date(cycle.Deadline)}.",
                $"{cycle.TitleHi} {Say.Date(cycle.Deadline)} को समाप्त हो गई।"));
        }

        var title = Say.In(language, $"Deadlines: {cycle.Title}", $"अंतिम तिथियाँ: {cycle.TitleHi}");
        return RuleAnswers.Lines(title, lines, language, CitationLine.Distinct(citations));
    }

    /// <summary>A plan's dates: its mandatory courses, its count targets and the courses for the officers concerned (with their notes).</summary>
    internal static List<string> DeadlineLines(Cycle cycle, Language language, List<Citation> citations)
    {
        var lines = new List<string>();
        var mandatory = cycle.Requirements.Where(r => !r.AppliesTo.OnlyOfficersConcerned).ToList();
        if (mandatory.Count > 0)
        {
            lines.Add(Say.In(language,
                $"{mandatory.Count} mandatory courses, to be completed by {Say.Date(mandatory[0].Due)}: {string.Join("; ", mandatory.Select(m => m.Course.Name))}.",
                $"{mandatory.Count} अनिवार्य पाठ्यक्रम, {Say.Date(mandatory[0].Due)} तक पूरे करने थे: {string.Join("; ", mandatory.Select(m => m.Course.Name))}।"));
            citations.AddRange(mandatory[0].Citations);
        }

        foreach (var target in cycle.Targets)
        {
            var mix = string.Join(", ", target.MinimumByCompetency.Select(m => $"{m.Value} {PlanAnswers.Competency(language, m.Key)}"));
            lines.Add(Say.In(language,
                $"In addition to the {mandatory.Count} mandatory courses, at least {target.Count} courses relevant to the officer's role by {Say.Date(target.By)}" + (mix.Length > 0 ? $", of which at least {mix}" : "") + ".",
                $"{mandatory.Count} अनिवार्य पाठ्यक्रमों के अतिरिक्त, {Say.Date(target.By)} तक अधिकारी की भूमिका से संबंधित कम से कम {target.Count} पाठ्यक्रम" + (mix.Length > 0 ? $", जिनमें कम से कम {mix}" : "") + "।"));
        }

        foreach (var concerned in cycle.Requirements.Where(r => r.AppliesTo.OnlyOfficersConcerned))
        {
            lines.Add(RequirementLine(concerned, cycle, language) + (Say.In(language, concerned.Note ?? "", concerned.NoteHi ?? "") is { Length: > 0 } note ? " " + note : ""));
        }

        return lines;
    }

    /// <summary>"Adjudication in GST: by 30.04.2024 for ..." (whom it is for), or one of the plan's mandatory courses.</summary>
    internal static string RequirementLine(Requirement requirement, Cycle cycle, Language language) => requirement.AppliesToText is { } who
        ? Say.In(language,
            $"{requirement.Course.Name}: by {Say.Date(requirement.Due)} for {who}.",
            $"{requirement.Course.Name}: {Say.Date(requirement.Due)} तक, {requirement.AppliesToTextHi ?? who} के लिए।")
        : Say.In(language,
            $"{requirement.Course.Name}: by {Say.Date(requirement.Due)}, one of the {cycle.Requirements.Count(r => r.AppliesToText is null)} mandatory courses of the {cycle.Title}.",
            $"{requirement.Course.Name}: {Say.Date(requirement.Due)} तक, {cycle.TitleHi} के {cycle.Requirements.Count(r => r.AppliesToText is null)} अनिवार्य पाठ्यक्रमों में से एक।");

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
