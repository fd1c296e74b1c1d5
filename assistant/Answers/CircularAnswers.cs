using KarmayogiBot.Domain.Catalog;

namespace KarmayogiBot.Assistant.Answers;

/// <summary>A circular asked about by its date: what it is, and every answer of the bot that rests on it.</summary>
public static class CircularAnswers
{
    /// <summary>Answers listed at most; a circular behind more says how many more there are.</summary>
    private const int Listed = 6;

    public static ReplyMessage About(Source source, TrainingCatalog catalog, Language language)
    {
        var title = Say.In(language, source.Short, source.ShortHi);
        var lines = new List<string>
        {
            Say.In(language,
                $"{source.Title} ({source.Number}, {source.Dated}), issued by {source.IssuedBy}.",
                $"{source.Title} ({source.Number}, {source.Dated}); जारीकर्ता: {source.IssuedBy}।"),
        };
        var from = AnswersFrom(source, catalog, language);
        if (from.Count == 0)
        {
            lines.Add(Say.In(language,
                "None of my answers rests on it alone; it is cited with the circulars it encloses or relays.",
                "मेरा कोई भी उत्तर केवल इस पर आधारित नहीं है; इसे उन परिपत्रों के साथ उद्धृत किया गया है जिन्हें यह संलग्न करता है या आगे भेजता है।"));
        }
        else
        {
            lines.Add(Say.In(language, "What I answer from it:", "इसके आधार पर मेरे उत्तर:"));
            lines.AddRange(from.Take(Listed).Select(f => $"- {f}"));
            if (from.Count > Listed)
            {
                lines.Add(Say.In(language, $"... and {from.Count - Listed} more.", $"... और {from.Count - Listed} अन्य।"));
            }
        }

        return RuleAnswers.Lines(title, lines, language, [new Citation(source, null)]);
    }

    /// <summary>No circular the bot answers from bears the date asked about: say so, and which circulars there are.</summary>
    public static ReplyMessage NoneDated(string date, TrainingCatalog catalog, Language language)
    {
        var title = Say.In(language, $"No circular of {date}", $"{date} का कोई परिपत्र नहीं");
        var lines = new List<string>
        {
            Say.In(language,
                $"None of the circulars I answer from is dated {date}. They are:",
                $"जिन परिपत्रों से मैं उत्तर देता हूँ, उनमें से कोई भी {date} का नहीं है। वे हैं:"),
        };
        lines.AddRange(catalog.Sources.Where(s => s.Date is not null).OrderBy(s => s.Date).Select(s => $"- {Say.In(language, s.Short, s.ShortHi)}"));
        return RuleAnswers.Lines(title, lines, language, []);
    }

    /// <summary>The plans, dated requirements, reporting dates and topics that cite the circular, in the catalog's order.</summary>
    private static List<string> AnswersFrom(Source source, TrainingCatalog catalog, Language language)
    {
        var found = new List<string>();
        foreach (var cycle in catalog.Cycles)
        {
            if (cycle.Citation.Source == source)
            {
                found.Add(Say.In(language,
                    $"The {cycle.Title}, to be completed by {Say.Date(cycle.Deadline)}.",
                    $"{cycle.TitleHi}, जिसे {Say.Date(cycle.Deadline)} तक पूरा करना था।"));
            }

            found.AddRange(cycle.Requirements.Where(r => Cites(r.Citations, source)).Select(r => ActionPlanAnswers.RequirementLine(r, cycle, language)));
            found.AddRange(cycle.Reporting.Where(r => r.Citation.Source == source).Select(r => Say.In(language, r.Text, r.TextHi) + Say.In(language, ".", "।")));
        }

        found.AddRange(catalog.Topics.Where(t => Cites(t.Citations, source)).Select(t => Say.In(language, t.Title, t.TitleHi)));
        return found.Distinct(StringComparer.Ordinal).ToList();
    }

    private static bool Cites(IEnumerable<Citation> citations, Source source) => citations.Any(c => c.Source == source);
}
