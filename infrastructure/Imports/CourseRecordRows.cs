using KarmayogiBot.Domain.Catalog;
using KarmayogiBot.Domain.Compliance;
using KarmayogiBot.Infrastructure.Imports.Tables;

namespace KarmayogiBot.Infrastructure.Imports;

/// <summary>
/// A ConsumptionReport or CBPEnrollmentReport row: one officer, one course. The course is matched to the catalog by
/// name; a course the catalog does not have (or that iGOT does not count for the officer's plan) is counted as other.
/// </summary>
internal sealed class CourseRecordRows(ImportTransaction transaction, TrainingCatalog catalog, IgotRowMatcher matcher, IgotProfileLedger profiles, CourseRecordLedger records)
{
    private const int NamesKept = 100_000;

    private readonly Dictionary<string, Course?> _courseNames = new(StringComparer.Ordinal);

    /// <summary>The row's report time; null when the row was rejected.</summary>
    public DateTime? Read(string file, in TableRow row, HeaderMap map, ITableReader reader, FileTally tally, int fileIndex)
    {
        if (!matcher.TryMatch(file, row, map, reader, tally, null, out var officer, out var reported))
        {
            return null;
        }

        var name = row.Get(map[IgotColumns.Course]).Trim();
        if (name.Length == 0)
        {
            return Reject(file, row, reader, "no course name");
        }

        var course = Course(name);
        var statusText = row.Get(map[IgotColumns.Status]);
        if (!IgotValues.TryParseStatus(statusText, out var progress))
        {
            return Reject(file, row, reader, $"status {ProblemText.Quote(statusText)} is not one of not-started, in-progress, completed");
        }

        var percentText = map.Has(IgotColumns.Percent) ? row.Get(map[IgotColumns.Percent]) : "";
        if (!IgotValues.TryParsePercent(percentText, progress, out var percent))
        {
            return Reject(file, row, reader, $"progress {ProblemText.Quote(percentText)} is not a percentage from 0 to 100");
        }

        var completedText = map.Has(IgotColumns.CompletedOn) ? row.Get(map[IgotColumns.CompletedOn]) : "";
        if (!IgotValues.TryParseDay(completedText, out var completedOn))
        {
            return Reject(file, row, reader, $"completion date {ProblemText.Quote(completedText)} is not a date");
        }

        // An enrolment iGOT does not count for the officer's live plan (Live_CBP_Plan_Mandate=false) does not count for
        // it here either: the plan, and so the APAR, is fed by the allotted plan's enrolments.
        if (course is not null && map.Has(IgotColumns.PlanMandate) && row.Get(map[IgotColumns.PlanMandate]).Trim().Equals("false", StringComparison.OrdinalIgnoreCase))
        {
            course = null;
        }

        if (course is null)
        {
            tally.OtherCourses++;
            profiles.Apply(row, map, officer, reported, fileIndex, tally: null);
            return reported;
        }

        ref var state = ref records.Find(officer, course, out var exists);
        if (exists && state.File == fileIndex && state.SeenRow != 0 && state.Fingerprint == row.Fingerprint)
        {
            return Reject(file, row, reader, $"duplicate of row {state.SeenRow}");
        }

        profiles.Apply(row, map, officer, reported, fileIndex, tally: null);
        var certificate = map.Has(IgotColumns.CertificateId) ? NullIfEmpty(row.Get(map[IgotColumns.CertificateId])) : null;
        records.Apply(ref state, exists, officer, new CourseRecord(course.Id, progress, percent, completedOn), certificate, reported, row, fileIndex, tally);
        return reported;
    }

    private Course? Course(string name)
    {
        if (!_courseNames.TryGetValue(name, out var course))
        {
            course = catalog.CourseNames.Match(name);
            if (_courseNames.Count < NamesKept)
            {
                _courseNames[name] = course;
            }
        }

        return course;
    }

    private DateTime? Reject(string file, in TableRow row, ITableReader reader, string reason)
    {
        transaction.Reject(file, row, reader, reason);
        return null;
    }

    private static string? NullIfEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;
}
