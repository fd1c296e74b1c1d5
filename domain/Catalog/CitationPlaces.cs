using System.Text.RegularExpressions;

namespace KarmayogiBot.Domain.Catalog;

/// <summary>
/// Where in a circular a citation points ("paras 3 and 4; Annexure B (introductory note)"), in Hindi: the phrases of
/// <c>places.yaml</c>, each replaced where it stands as whole words, longest first. What is left in Latin letters must be
/// a name written as it is (<c>asWritten</c>: iGOT, CBIC, A and B of the annexures) or a heading quoted ‘as written’;
/// the catalog checks every citation's place at load, so a place with no Hindi stops the start, named.
/// </summary>
public sealed partial class CitationPlaces
{
    private readonly IReadOnlyList<(Regex English, string Hindi)> _phrases;
    private readonly IReadOnlySet<string> _asWritten;

    public CitationPlaces(IEnumerable<(string English, string Hindi)> phrases, IEnumerable<string> asWritten)
    {
        _phrases = [.. phrases.OrderByDescending(p => p.English.Length).ThenBy(p => p.English, StringComparer.Ordinal)
            .Select(p => (new Regex($@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(p.English)}(?![\p{{L}}\p{{N}}])", RegexOptions.CultureInvariant), p.Hindi))];
        _asWritten = asWritten.ToHashSet(StringComparer.Ordinal);
    }

    public static CitationPlaces None { get; } = new([], []);

    /// <summary>The place in Hindi.</summary>
    /// <exception cref="ArgumentException">A word is left untranslated (named in the message).</exception>
    public string Hindi(string place)
    {
        ArgumentNullException.ThrowIfNull(place);
        var hindi = place;
        foreach (var (english, replacement) in _phrases)
        {
            hindi = english.Replace(hindi, replacement.Replace("$", "$$", StringComparison.Ordinal));
        }

        var left = LatinWord().Matches(Quoted().Replace(hindi, " ")).Select(m => m.Value).Where(w => !_asWritten.Contains(w)).Distinct().ToList();
        return left.Count == 0
            ? hindi
            : throw new ArgumentException($"the place \"{place}\" has no Hindi for {string.Join(", ", left.Select(w => $"'{w}'"))} (places.yaml: a phrase, or asWritten)");
    }

    [GeneratedRegex("‘[^’]*’")]
    private static partial Regex Quoted();

    [GeneratedRegex("[A-Za-z]+")]
    private static partial Regex LatinWord();
}
