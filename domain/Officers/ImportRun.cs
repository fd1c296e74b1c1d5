namespace KarmayogiBot.Domain.Officers;

/// <summary>One committed import: when, which file, what kind and what it did.</summary>
/// <param name="ReportedAt">The newest Report_Last_Generated_On in the file (iGOT reports), India time.</param>
public sealed record ImportRun(long Id, DateTimeOffset ImportedAt, string File, ImportKind Kind, DateTime? ReportedAt, ImportCounts Counts);
