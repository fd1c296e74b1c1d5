using KarmayogiBot.Domain.Officers;

namespace KarmayogiBot.Infrastructure.Imports;

/// <summary>What one file of an import did.</summary>
/// <param name="Kind">What the file turned out to be; null when it could not be recognised.</param>
/// <param name="ReportedAt">The newest Report_Last_Generated_On read (iGOT reports).</param>
/// <param name="Problems">The problems found, the first <see cref="ProblemLog.Kept"/> of them (the rejects file has all).</param>
/// <param name="ProblemCount">How many problems there were in all.</param>
/// <param name="Warnings">What was mended in rows still imported (characters removed), the first <see cref="ProblemLog.Kept"/>.</param>
/// <param name="WarningCount">How many warnings there were in all.</param>
public sealed record ImportResult(
    string File, ImportKind? Kind, ImportCounts Counts, DateTime? ReportedAt, IReadOnlyList<ImportProblem> Problems, int ProblemCount,
    IReadOnlyList<ImportProblem> Warnings, int WarningCount);
