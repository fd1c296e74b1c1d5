using FuzzySharp;
using KarmayogiBot.Domain.Catalog;
using KarmayogiBot.Domain.Memo;
using KarmayogiBot.Domain.Text;

namespace KarmayogiBot.Domain.Designations;

/// <summary>
/// Free text to role for one cycle's plan: official designations, iGOT drop-down entries, abbreviations
/// (Supdt, AC, MTS, ...), Hindi (अधीक्षक, सहायक आयुक्त, ...) and typos (fuzzy, above a threshold, never a
/// wild guess). The formation (or an explicit wing) decides the role where Annexure A splits by wing;
/// without it, the answer is the candidates and the question that settles it.
/// </summary>
public sealed class DesignationResolver
{
    /// <summary>Fuzzy matches below this score (0-100) are not accepted.</summary>
    public const int FuzzyThreshold = 85;

    /// <summary>Scores below this cannot change a fuzzy decision (a winner needs 85 and a 3-point lead).</summary>
    private const int IrrelevantBelow = 80;

    private const int ResolutionsKept = 10_000;

    /// <summary>Characters are counted in this many buckets to bound a score without computing it.</summary>
    private const int HistogramSize = 64;

    /// <summary>Short abbreviations that are also ordinary words: inside a sentence they count only when written in capitals.</summary>
    private static readonly HashSet<string> CapitalsOnly = new(StringComparer.Ordinal) { "so", "add", "ad", "ps", "ta", "io", "po", "pc", "ea", "cc", "dd", "hh", "dg", "ao", "jd", "aso", "sps", "sio", "us", "pa" };

    /// <summary>Words of formation names that look like designations ("Commissionerate" is not "Commissioner"): never fuzzy-matched.</summary>
    /// <summary>Words for officers in general ("list of officers in my division"): no phrase holding one is a designation misspelt.</summary>
    private static readonly HashSet<string> GeneralWords = new(StringComparer.Ordinal) { "officers", "officials", "employees", "colleagues" };

    private static readonly HashSet<string> FormationWords = new(StringComparer.Ordinal) { "commissionerate", "commissionerates", "directorate", "directorates", "zone", "zonal", "unit", "custom", "customs", "house", "division", "range" };

    private readonly Cycle _cycle;
    private readonly TrainingCatalog _catalog;
    private readonly FormationResolver _formations;
    private readonly Dictionary<string, Spelling> _exact = new(StringComparer.Ordinal);
    private readonly List<(string Key, Spelling Spelling, byte[] Histogram)> _fuzzy = [];
    private readonly int _longestSpelling;
    private readonly BoundedMemo<(string Designation, string? Formation, Wing? Wing), DesignationResolution> _resolved = new(ResolutionsKept);

    public DesignationResolver(TrainingCatalog catalog, Cycle cycle)
    {
        _catalog = catalog;
        _cycle = cycle;
        _formations = new FormationResolver(catalog);
        foreach (var placement in cycle.Placements.Where(p => p.IgotDesignation is not null && p.Wing is not null))
        {
            _exact.TryAdd(TextNormalizer.Words(placement.IgotDesignation!), new Spelling(placement.Designation, placement.Wing));
        }

        foreach (var designation in catalog.Designations)
        {
            foreach (var spelling in designation.Aliases.Concat(designation.Hindi).Prepend(designation.Name))
            {
                _exact[TextNormalizer.Words(spelling)] = new Spelling(designation, null);
            }
        }

        _longestSpelling = _exact.Keys.Max(k => k.Count(c => c == ' ') + 1);
        _fuzzy.AddRange(_exact.Where(e => e.Key.Length >= 5).Select(e => (e.Key, e.Value, Histogram(e.Key))));
    }

    public Cycle Cycle => _cycle;

    /// <summary>Resolves a designation as written; the formation or wing, when given, decides between wings.</summary>
    /// <remarks>Answers are kept (up to <see cref="ResolutionsKept"/>): a roster repeats a few designations and formations.</remarks>
    public DesignationResolution Resolve(string designation, string? formation = null, Wing? wing = null)
    {
        return _resolved.GetOrCompute((designation, formation, wing), this,
            static (key, resolver) => resolver.Resolve(key.Designation, resolver.FindDesignation(key.Designation), key.Formation, key.Wing));
    }

    private DesignationResolution Resolve(string designation, (Spelling Spelling, bool Fuzzy, string Remainder)? found, string? formation, Wing? wing)
    {
        if (found is null)
        {
            return new UnknownDesignation(designation, Suggest(designation));
        }

        var (spelling, fuzzy, remainder) = found.Value;
        var placements = _cycle.Placements.Where(p => p.Designation == spelling.Designation).ToList();
        if (placements.Count == 0)
        {
            return new UnknownDesignation(designation, [spelling.Designation.Name]);
        }

        var posted = _formations.Find(formation) ?? _formations.Find(remainder);
        var reading = posted is { } at ? ReadingOf(spelling.Designation, at.Wing, at.Keyword) : null;
        if (placements is [{ Wing: null } anyWing])
        {
            return new ResolvedDesignation(designation, anyWing, null, fuzzy, reading);
        }

        var decided = wing ?? _formations.Resolve(formation) ?? spelling.ImpliedWing ?? _formations.Resolve(remainder);
        if (decided is { } w && placements.FirstOrDefault(p => p.Wing == w) is { } placement)
        {
            return new ResolvedDesignation(designation, placement, w, fuzzy, reading?.Wing == w ? reading : null);
        }

        return Ambiguous(designation, spelling.Designation, placements);
    }

    /// <summary>Finds a designation mentioned anywhere in a sentence ("I am an AC in CGST"); null when none.</summary>
    public DesignationResolution? FindInSentence(string sentence, string? formation = null, Wing? wing = null) =>
        FindDesignation(sentence, exactOnly: false) is { } found ? Resolve(sentence, found, formation, wing) : null;

    private (Spelling Spelling, bool Fuzzy, string Remainder)? FindDesignation(string text, bool exactOnly = false)
    {
        var tokens = TextNormalizer.Tokens(text);
        if (tokens.Count == 0)
        {
            return null;
        }

        var lower = tokens.Select(t => t.ToLowerInvariant()).ToArray();
        if (_exact.TryGetValue(string.Join(' ', lower), out var whole))
        {
            return (whole, false, "");
        }

        if (LongestExact(tokens, lower) is { } exact)
        {
            var (start, length, spelling) = exact;
            // "Assistent Commissioner": a misspelt word beside an exact one may make a longer designation.
            return exactOnly ? (spelling, false, Rest(tokens, start, length))
                : FindFuzzy(tokens, lower, (start, length, spelling.Designation)) ?? (spelling, false, Rest(tokens, start, length));
        }

        return exactOnly ? null : FindFuzzy(tokens, lower, null);
    }

    /// <summary>
    /// The longest spelling found, unless a spelling overlapping it starts earlier: in "Deputy Commissioner of Customs"
    /// the designation is "Deputy Commissioner", not the "Commissioner of Customs" inside it. A spelling right after
    /// "to" following another ("PS to Principal Commissioner", "Steno to Commissioner") is not the officer's own.
    /// </summary>
    private (int Start, int Length, Spelling Spelling)? LongestExact(List<string> tokens, string[] lower)
    {
        var found = new List<(int Start, int Length, Spelling Spelling)>();
        for (var length = Math.Min(_longestSpelling, tokens.Count); length >= 1; length--)
        {
            for (var start = 0; start + length <= tokens.Count; start++)
            {
                var phrase = string.Join(' ', lower, start, length);
                if (_exact.TryGetValue(phrase, out var spelling) && !NeedsCapitals(phrase, tokens, start, length))
                {
                    found.Add((start, length, spelling));
                }
            }
        }

        // "PS to Principal Commissioner": the designation after "to" is whom the officer works for, not theirs.
        found.RemoveAll(f => f.Start >= 2 && lower[f.Start - 1] == "to" && found.Any(g => g.Start + g.Length == f.Start - 1));
        if (found.Count == 0)
        {
            return null;
        }

        var best = found[0];
        while (found.Where(f => f.Start < best.Start && f.Start + f.Length > best.Start).OrderByDescending(f => f.Length).FirstOrDefault() is { Length: > 0 } earlier)
        {
            best = earlier;
        }

        return best;
    }

    /// <param name="around">An exact match already found: only longer phrases holding it, naming another designation, are tried.</param>
    private (Spelling, bool, string)? FindFuzzy(List<string> tokens, string[] lower, (int Start, int Length, Designation Designation)? around)
    {
        (int Score, Spelling Spelling, int Start, int Length)? best = null;
        var runnerUp = 0;
        for (var length = Math.Min(_longestSpelling, tokens.Count); length >= 1; length--)
        {
            for (var start = 0; start + length <= tokens.Count; start++)
            {
                var phrase = string.Join(' ', lower, start, length);
                if (phrase.Length < 5 || (around is { } a && !ExtendsWithWords(lower, start, length, a.Start, a.Length))
                    || lower.Skip(start).Take(length).Any(FormationWords.Contains) || lower.Skip(start).Take(length).Any(GeneralWords.Contains))
                {
                    continue;
                }

                var histogram = Histogram(phrase);
                foreach (var (key, spelling, keyHistogram) in _fuzzy)
                {
                    if (around is { } exact && (spelling.Designation == exact.Designation || spelling.ImpliedWing is not null))
                    {
                        continue;
                    }

                    // Typos rarely hit the first letter: comparing only keys that share it keeps a typo's resolution fast.
                    if (Math.Abs(key.Length - phrase.Length) > 3 || key[0] != phrase[0])
                    {
                        continue;
                    }

                    // Each character one string has more of than the other costs an insertion or a deletion at least, so
                    // this bounds the ratio from above without the O(n*m) edit distance.
                    var lengths = key.Length + phrase.Length;
                    if ((int)Math.Round(100.0 * (lengths - Difference(histogram, keyHistogram)) / lengths) < IrrelevantBelow)
                    {
                        continue;
                    }

                    var score = Fuzz.Ratio(phrase, key);
                    if (best is null || score > best.Value.Score)
                    {
                        if (best is { } previous && previous.Spelling.Designation != spelling.Designation)
                        {
                            runnerUp = Math.Max(runnerUp, previous.Score);
                        }

                        best = (score, spelling, start, length);
                    }
                    else if (spelling.Designation != best.Value.Spelling.Designation)
                    {
                        runnerUp = Math.Max(runnerUp, score);
                    }
                }
            }
        }

        // A clear winner only: two designations about as close is a guess, and the resolver never guesses.
        return best is { } b && b.Score >= FuzzyThreshold && b.Score - runnerUp >= 3
            ? (b.Spelling, true, Rest(tokens, b.Start, b.Length))
            : null;
    }

    private static byte[] Histogram(string text)
    {
        var histogram = new byte[HistogramSize];
        foreach (var c in text)
        {
            histogram[c % HistogramSize]++;
        }

        return histogram;
    }

    private static int Difference(byte[] a, byte[] b)
    {
        var sum = 0;
        for (var i = 0; i < HistogramSize; i++)
        {
            sum += Math.Abs(a[i] - b[i]);
        }

        return sum;
    }

    /// <summary>The phrase holds the exact match and adds to it only real words (four letters or more: "Assistent", not "a" or "of").</summary>
    private static bool ExtendsWithWords(string[] lower, int start, int length, int exactStart, int exactLength) =>
        length > exactLength && start <= exactStart && start + length >= exactStart + exactLength
        && Enumerable.Range(start, length).Where(i => i < exactStart || i >= exactStart + exactLength).All(i => lower[i].Length >= 4);

    private static bool NeedsCapitals(string phrase, List<string> tokens, int start, int length) =>
        length == 1 && tokens.Count > 1 && CapitalsOnly.Contains(phrase) && tokens[start] != tokens[start].ToUpperInvariant();

    private static string Rest(List<string> tokens, int start, int length) =>
        string.Join(' ', tokens.Take(start).Concat(tokens.Skip(start + length)));

    private IReadOnlyList<string> Suggest(string text)
    {
        var words = TextNormalizer.Words(text);
        if (words.Length < 3)
        {
            return [];
        }

        return Nearest(text, 3, minimumScore: 60);
    }

    /// <summary>The catalog's designations nearest the text, best first (FuzzySharp's weighted ratio, at least <paramref name="minimumScore"/>).</summary>
    public IReadOnlyList<string> Nearest(string text, int count, int minimumScore = 0)
    {
        var words = TextNormalizer.Words(text);
        return _catalog.Designations
            .Select(d => (d.Name, Score: Fuzz.WeightedRatio(words, TextNormalizer.Words(d.Name))))
            .Where(s => s.Score >= minimumScore)
            .OrderByDescending(s => s.Score)
            .Take(count)
            .Select(s => s.Name)
            .ToList();
    }

    private FormationReading? ReadingOf(Designation designation, Wing wing, string keyword) =>
        _catalog.Wing(wing).Readings.FirstOrDefault(r => r.AppliesTo(designation, keyword));

    private AmbiguousDesignation Ambiguous(string input, Designation designation, IReadOnlyList<Placement> candidates)
    {
        var wings = candidates.Where(p => p.Wing is not null).Select(p => _catalog.Wing(p.Wing!.Value)).ToList();
        var article = "AEIOU".Contains(char.ToUpperInvariant(designation.Name[0]), StringComparison.Ordinal) ? "an" : "a";
        var question = $"The role of {article} {designation.Name} depends on the formation you are posted in. Are you posted in "
            + string.Join(", or ", wings.Select(w => $"{w.Name} ({w.Formations})")) + "?";
        var hindiName = designation.Hindi.FirstOrDefault() ?? designation.Name;
        var questionHi = $"{hindiName} की भूमिका आपकी तैनाती की संरचना पर निर्भर करती है। आप कहाँ तैनात हैं: "
            + string.Join(", या ", wings.Select(w => $"{w.NameHi} ({w.FormationsHi})")) + "?";
        return new AmbiguousDesignation(input, designation, candidates, question, questionHi);
    }

    private sealed record Spelling(Designation Designation, Wing? ImpliedWing);
}
