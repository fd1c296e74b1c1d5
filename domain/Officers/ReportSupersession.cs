using KarmayogiBot.Domain.Compliance;

namespace KarmayogiBot.Domain.Officers;

/// <summary>
/// Which iGOT report says where an officer stands in a course. A report generated later (Report_Last_Generated_On)
/// supersedes an earlier one, whatever it says (progress can go back); an earlier one never overwrites a later one.
/// Of two generated at the same time, the one further along wins: completed over in progress over not started, then
/// the higher whole percentage; otherwise the stored one stays.
/// </summary>
public static class ReportSupersession
{
    /// <summary>Whether <paramref name="incoming"/> replaces <paramref name="stored"/> (the same officer and course).</summary>
    public static bool Supersedes(StoredCourseRecord incoming, StoredCourseRecord stored) => Supersedes(
        incoming.ReportedAt, incoming.Record.Progress, incoming.Record.ProgressPercent,
        stored.ReportedAt, stored.Record.Progress, stored.Record.ProgressPercent);

    /// <summary>The same, from the two records' report times and progress.</summary>
    public static bool Supersedes(
        DateTime reportedAt, CourseProgress progress, decimal percent, DateTime storedReportedAt, CourseProgress storedProgress, decimal storedPercent) =>
        reportedAt > storedReportedAt
        || (reportedAt == storedReportedAt && Rank(progress, percent) > Rank(storedProgress, storedPercent));

    private static int Rank(CourseProgress progress, decimal percent) => (int)progress * 1000 + (int)percent;
}
