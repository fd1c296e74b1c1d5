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
    private readonly List<(string Keyword, Wing Wing)> _keywords;

    public FormationResolver(TrainingCatalog catalog)
    {
        _keywords = catalog.Wings
            .SelectMany(w => w.Keywords.Append(w.Wing.ToString()).Select(k => (Keyword: TextNormalizer.Words(k), w.Wing)))
            .Where(k => k.Keyword.Length > 0)
            .DistinctBy(k => (k.Keyword, k.Wing))
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
        (string Keyword, Wing Wing)? best = null;
        foreach (var (keyword, wing) in _keywords)
        {
            if (best is { } found && keyword.Length < found.Keyword.Length)
            {
                break;
            }

            if (padded.Contains($" {keyword} ", StringComparison.Ordinal))
            {
                if (best is { } tie && tie.Wing != wing)
                {
                    return null;
                }

                best = (keyword, wing);
            }
        }

        return best is { } winner ? (winner.Wing, winner.Keyword) : null;
    }
}
