namespace KarmayogiBot.Infrastructure.Imports;

/// <summary>
/// What an import command did: one result per file read (a reports.zip bundle has several), whether the
/// store was changed (all files in one transaction), and where the rejected rows were written.
/// </summary>
/// <param name="Unreadable">A file could not be read as it is (not a report, over a limit): --accept-partial would not help.</param>
public sealed record ImportOutcome(IReadOnlyList<ImportResult> Files, bool Committed, string? RejectsPath, IReadOnlyList<string> Notes, bool Unreadable = false)
{
    public IEnumerable<ImportProblem> Problems => Files.SelectMany(f => f.Problems);

    /// <summary>What was mended in rows that were still imported.</summary>
    public IEnumerable<ImportProblem> Warnings => Files.SelectMany(f => f.Warnings);

    public bool HasProblems => Files.Any(f => f.Problems.Count > 0);
}
