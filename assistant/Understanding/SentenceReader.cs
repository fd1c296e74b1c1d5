using KarmayogiBot.Domain.Catalog;
using KarmayogiBot.Domain.Compliance;
using KarmayogiBot.Domain.Designations;
using KarmayogiBot.Domain.Memo;

namespace KarmayogiBot.Assistant.Understanding;

/// <summary>What a sentence says, whoever sends it: the intent, and a formation and a designation named in it.</summary>
/// <param name="Mention">A designation named in the sentence, resolved in the plan it was read for; null when none.</param>
/// <param name="NearestTopics">When the intent is not understood: the topics to offer instead (at most two).</param>
public sealed record SentenceReading(Understood Understood, (Wing Wing, string Keyword)? Formation, DesignationResolution? Mention, IReadOnlyList<Topic> NearestTopics);

/// <summary>
/// Reads sentences (<see cref="IntentRecognizer"/>, <see cref="FormationResolver"/>, <see cref="DesignationResolver.FindInSentence"/>).
/// A reading depends only on the text and the plan, so a sentence read once is not read again: officers ask the same
/// questions, and the suggested actions under every answer send the same texts. At <c>capacity</c> sentences it
/// starts again empty rather than growing.
/// </summary>
public sealed class SentenceReader(TrainingCatalog catalog, StandingEvaluator standings, int capacity = 20_000)
{
    private const int OffersWhenNotUnderstood = 2;

    private readonly IntentRecognizer _recognizer = new(catalog);
    private readonly FormationResolver _formations = new(catalog);
    private readonly BoundedMemo<(string Cycle, string Text), SentenceReading> _read = new(capacity);

    public SentenceReading Read(string text, Cycle cycle) =>
        _read.GetOrCompute((cycle.Id, text), (Reader: this, Cycle: cycle), static (key, state) => state.Reader.ReadAnew(key.Text, state.Cycle));

    private SentenceReading ReadAnew(string text, Cycle cycle)
    {
        var understood = _recognizer.Understand(text);
        return new SentenceReading(
            understood,
            _formations.Find(text),
            text.Length == 0 ? null : standings.ResolverFor(cycle).FindInSentence(text),
            understood.Intent == Intent.Unknown ? _recognizer.NearestTopics(text, OffersWhenNotUnderstood) : []);
    }
}
