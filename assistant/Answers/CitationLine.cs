using KarmayogiBot.Assistant.Cards;
using KarmayogiBot.Domain.Catalog;

namespace KarmayogiBot.Assistant.Answers;

/// <summary>
/// One short citation line per answer ("Source: DG NACIN D.O. of 10.09.2025, Annexure A, role 8 (+1 more)", in the
/// answer's language); the full citations stay behind it, on the card's "Sources" toggle and on the reply as data.
/// </summary>
public static class CitationLine
{
    public static string Of(Language language, IReadOnlyList<Citation> citations)
    {
        if (citations.Count == 0)
        {
            return "";
        }

        var first = citations[0];
        var more = citations.Select(c => c.Source.Id).Distinct(StringComparer.Ordinal).Count() - 1;
        return Say.In(language,
            $"Source: {first.Short}" + (more > 0 ? $" (+{more} more)" : ""),
            $"स्रोत: {first.ShortHi}" + (more > 0 ? $" (और {more} अन्य)" : ""));
    }

    /// <summary>The distinct citations, in order.</summary>
    public static IReadOnlyList<Citation> Distinct(IEnumerable<Citation> citations) => citations.DistinctBy(c => c.ToString()).ToList();

    /// <summary>Adds the line to the card, with every full citation behind a "Sources" toggle.</summary>
    public static AdaptiveCard AddTo(AdaptiveCard card, Language language, IReadOnlyList<Citation> citations) =>
        citations.Count == 0 ? card : card.Sources(Of(language, citations), citations.Select(c => language == Language.Hindi ? c.ToHindiString() : c.ToString()).ToList(), Say.In(language, "Sources", "स्रोत"));
}
