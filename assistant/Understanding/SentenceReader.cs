using System.Text.RegularExpressions;
using KarmayogiBot.Domain.Catalog;
using KarmayogiBot.Domain.Compliance;
using KarmayogiBot.Domain.Designations;
using KarmayogiBot.Domain.Memo;
using KarmayogiBot.Domain.Text;

namespace KarmayogiBot.Assistant.Understanding;

/// <summary>What a sentence says, whoever sends it: the intent, and a formation and a designation named in it.</summary>
/// <param name="Mention">A designation named in the sentence, resolved in the plan it was read for; null when none.</param>
/// <param name="NearestTopics">When the intent is not understood: the topics to offer instead (at most two).</param>
public sealed record SentenceReading(Understood Understood, (Wing Wing, string Keyword)? Formation, DesignationResolution? Mention, IReadOnlyList<Topic> NearestTopics);

/// <summary>
/// Reads sentences (<see cref="IntentRecognizer"/>, <see cref="FormationResolver"/>, <see cref="DesignationResolver.FindInSentence"/>).
/// A formation's name is not read as a designation ("DG" in "DG Valuation" is no Director General). A reading
/// depends only on the text and the plan, so a sentence read once is not read again: officers ask the same
/// questions, and the suggested actions under every answer send the same texts. At <c>capacity</c> sentences it
/// starts again empty rather than growing.
/// </summary>
public sealed partial class SentenceReader(TrainingCatalog catalog, StandingEvaluator standings, int capacity = 20_000, PhrasingBank? phrasings = null)
{
    private const int OffersWhenNotUnderstood = 2;

    private readonly IntentRecognizer _recognizer = new(catalog, phrasings ?? PhrasingBank.Default);
    private readonly FormationResolver _formations = new(catalog);
    private readonly BoundedMemo<(string Cycle, string Text), SentenceReading> _read = new(capacity);

    /// <summary>The evidence behind a reading, strongest kind first (for the table of readings).</summary>
    public IReadOnlyList<(string Kind, int Score)> Evidence(string text, Cycle cycle) =>
        _recognizer.Evidence(text, Read(text, cycle).Mention is not null);

    public SentenceReading Read(string text, Cycle cycle) =>
        _read.GetOrCompute((cycle.Id, text), (Reader: this, Cycle: cycle), static (key, state) => state.Reader.ReadAnew(key.Text, state.Cycle));

    private SentenceReading ReadAnew(string text, Cycle cycle)
    {
        var formation = _formations.Find(text);
        // "My PA's courses": the possessive names the PA, as "my PA" does (apostrophes alone would make it "PAs").
        var mention = text.Length == 0 ? null : standings.ResolverFor(cycle).FindInSentence(Possessive().Replace(WithoutFormation(text, formation), ""), formation?.Keyword);
        var understood = _recognizer.Understand(text, mention is not null);
        return new SentenceReading(
            understood,
            formation,
            mention,
            understood.Intent == Intent.Unknown ? _recognizer.NearestTopics(text, OffersWhenNotUnderstood) : []);
    }

    /// <summary>The text without a formation name of several words, so that "DG Systems" or "DG Valuation" is not read as "DG" (Director General).</summary>
    private static string WithoutFormation(string text, (Wing Wing, string Keyword)? formation)
    {
        if (formation is not { Keyword: var keyword } || !keyword.Contains(' ', StringComparison.Ordinal))
        {
            return text;
        }

        var words = TextNormalizer.Tokens(text);
        var keywordWords = keyword.Split(' ');
        for (var start = 0; start + keywordWords.Length <= words.Count; start++)
        {
            if (keywordWords.Select((k, i) => string.Equals(words[start + i], k, StringComparison.OrdinalIgnoreCase)).All(same => same))
            {
                words.RemoveRange(start, keywordWords.Length);
                return string.Join(' ', words);
            }
        }

        return text;
    }

    [GeneratedRegex(@"(?<=\p{L})['’]s\b")]
    private static partial Regex Possessive();
}
