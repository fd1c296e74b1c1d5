using System.Globalization;
using KarmayogiBot.Domain.Catalog;
using KarmayogiBot.Domain.Compliance;
using KarmayogiBot.Domain.Officers;

namespace KarmayogiBot.Infrastructure.Reports;

/// <summary>Reads officers.progress_summary ("course:c,course:i42.5"; kept by the iGOT import), sharing one record object per completed course.</summary>
internal sealed class ProgressSummaryParser
{
    private readonly Dictionary<string, StoredCourseRecord>.AlternateLookup<ReadOnlySpan<char>> _completed;

    public ProgressSummaryParser(TrainingCatalog catalog)
    {
        var completed = new Dictionary<string, StoredCourseRecord>(StringComparer.Ordinal);
        foreach (var course in catalog.Courses)
        {
            completed[course.Id] = new StoredCourseRecord(new CourseRecord(course.Id, CourseProgress.Completed, 100m, null), null, "", default);
        }

        _completed = completed.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public List<StoredCourseRecord> Parse(string summary)
    {
        var list = new List<StoredCourseRecord>(8);
        var text = summary.AsSpan();
        foreach (var range in text.Split(','))
        {
            var entry = text[range];
            var colon = entry.LastIndexOf(':');
            if (colon <= 0 || colon == entry.Length - 1)
            {
                continue;
            }

            var id = entry[..colon];
            var state = entry[(colon + 1)..];
            var known = _completed.TryGetValue(id, out var done);
            if (state[0] == 'c')
            {
                list.Add(known ? done! : new StoredCourseRecord(new CourseRecord(id.ToString(), CourseProgress.Completed, 100m, null), null, "", default));
            }
            else
            {
                var percent = decimal.TryParse(state[1..], NumberStyles.Float, CultureInfo.InvariantCulture, out var p) ? p : 0m;
                list.Add(new StoredCourseRecord(new CourseRecord(known ? done!.Record.CourseId : id.ToString(), CourseProgress.InProgress, percent, null), null, "", default));
            }
        }

        return list;
    }
}
