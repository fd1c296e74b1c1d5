using KarmayogiBot.Domain.Catalog;
using KarmayogiBot.Domain.Text;

namespace KarmayogiBot.Domain.Designations;

/// <summary>
/// Decides the wing of a formation from its name ("DGGI Chennai Zonal Unit", "JNCH", "NACIN
/// Palasamudram", "DG Systems") or an explicit wing ("gst", "customs", "other"). The longest keyword
/// found wins; two wings tied on the longest keyword is no answer, never a guess.
/// </summary>
public sealed class FormationResolver
{
    /// <summary>Normalised keywords with a space either side, longest first.</summary>
    private readonly List<(string Keyword, Wing Wing)> _keywords;

    public FormationResolver(TrainingCatalog catalog)
    {
        _keywords = catalog.Wings
            .SelectMany(w => w.Keywords.Append(w.Wing.ToString()).Select(k => (Keyword: TextNormalizer.Words(k), w.Wing)))
            .Where(k => k.Keyword.Length > 0)
            .DistinctBy(k => (k.Keyword, k.Wing))
            .Select(k => (Keyword: $" {k.Keyword} ", k.Wing))
            .OrderByDescending(k => k.Keyword.Length)
            .ToList();
    }

    /// <summary>The wing of the formation, or null when it names none (or two equally).</summary>
    public Wing? Resolve(string? formation) => Find(formation)?.Wing;

    /// <summary>The wing and the keyword that decided it, or null.</summary>
    public (Wing Wing, string Keyword)? Find(string? formation)
    {
        if (string.IsNullOrWhiteSpace(formation))
        {
            return null;
        }

        var padded = $" {TextNormalizer.Words(formation)} ";
        var found = new List<(int Start, int End, string Keyword, Wing Wing)>();
        foreach (var (keyword, wing) in _keywords)
        {
            for (var at = padded.IndexOf(keyword, StringComparison.Ordinal); at >= 0; at = padded.IndexOf(keyword, at + 1, StringComparison.Ordinal))
            {
                var end = at + keyword.Length - 1;
                if (!found.Any(f => f.Start <= at && f.End >= end))
                {
                    found.Add((at, end, keyword, wing)); // keywords come longest first: a shorter one inside a longer one is part of it
                }
            }
        }

        // Two wings named apart ("Customs and CGST") is no answer, never a guess.
        if (found.Count == 0 || found.Select(f => f.Wing).Distinct().Count() > 1)
        {
            return null;
        }

        return (found[0].Wing, found[0].Keyword.Trim());
    }
}
