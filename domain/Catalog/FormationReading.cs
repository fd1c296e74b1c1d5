namespace KarmayogiBot.Domain.Catalog;

/// <summary>
/// A formation the circulars do not place plainly, and the product's reading of it, worded once as data
/// (formations.yaml): said beside the answer to an officer posted there.
/// </summary>
/// <param name="Keywords">The normalised formation keywords it is about; empty for the whole wing.</param>
/// <param name="Designations">The designation ids it is about; empty for all.</param>
/// <param name="Levels">The level ids it is about; empty for all.</param>
public sealed record FormationReading(
    string Id, Wing Wing, IReadOnlyList<string> Keywords, IReadOnlyList<string> Designations, IReadOnlyList<string> Levels, string Note, string NoteHi)
{
    /// <summary>Whether the reading is about this designation posted in a formation matched by <paramref name="keyword"/>.</summary>
    public bool AppliesTo(Designation designation, string keyword) =>
        (Keywords.Count == 0 || Keywords.Contains(keyword, StringComparer.Ordinal))
        && (Designations.Count == 0 || Designations.Contains(designation.Id, StringComparer.Ordinal))
        && (Levels.Count == 0 || Levels.Contains(designation.Level.Id, StringComparer.Ordinal));
}
