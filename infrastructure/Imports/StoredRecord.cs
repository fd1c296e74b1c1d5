using KarmayogiBot.Domain.Compliance;
using KarmayogiBot.Domain.Officers;

namespace KarmayogiBot.Infrastructure.Imports;

/// <summary>What the store holds of one officer and course (as this import leaves it), and what the import did to it.</summary>
internal struct StoredRecord
{
    public long ReportedTicks;
    public decimal Percent;

    /// <summary>The completion day's number plus one; 0 none.</summary>
    public int CompletedDay;
    public int CertificateHash;
    public CourseProgress Progress;
    public RowOutcome Outcome;

    /// <summary>The file (of this command) that last gave the record; -1 none.</summary>
    public int File;
    public int SeenRow;
    public ulong Fingerprint;

    /// <summary>Whether a row of a report made at <paramref name="reportedAt"/> replaces the record (<see cref="ReportSupersession"/>).</summary>
    public readonly bool IsSupersededBy(DateTime reportedAt, CourseProgress progress, decimal percent) =>
        ReportSupersession.Supersedes(reportedAt, progress, percent, new DateTime(ReportedTicks), Progress, Percent);

    public readonly bool Holds(CourseProgress progress, decimal percent, int completedDay, int certificateHash) =>
        Progress == progress && Percent == percent && CompletedDay == completedDay && CertificateHash == certificateHash;

    public void Keep(long reportedTicks, CourseProgress progress, decimal percent, int completedDay, int certificateHash)
    {
        ReportedTicks = reportedTicks;
        Progress = progress;
        Percent = percent;
        CompletedDay = completedDay;
        CertificateHash = certificateHash;
    }

    public static int Day(DateOnly? day) => day is { } d ? d.DayNumber + 1 : 0;

    public static int Hash(string? text) => text is null ? 0 : string.GetHashCode(text, StringComparison.Ordinal) | 1;
}
