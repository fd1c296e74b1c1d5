using System.Runtime.InteropServices;
using KarmayogiBot.Domain.Catalog;
using KarmayogiBot.Domain.Compliance;
using KarmayogiBot.Infrastructure.Imports.Tables;

namespace KarmayogiBot.Infrastructure.Imports;

/// <summary>
/// The catalog courses' records as stored and as this import changes them, under the domain's supersede rule
/// (<see cref="KarmayogiBot.Domain.Officers.ReportSupersession"/>): the same file twice changes nothing.
/// </summary>
internal sealed class CourseRecordLedger
{
    private readonly ImportTransaction _transaction;
    private readonly Dictionary<string, int> _courseIndex = new(StringComparer.Ordinal);
    private readonly Dictionary<long, StoredRecord> _records = new();

    public CourseRecordLedger(ImportTransaction transaction, TrainingCatalog catalog)
    {
        _transaction = transaction;
        for (var i = 0; i < catalog.Courses.Count; i++)
        {
            _courseIndex[catalog.Courses[i].Id] = i;
        }

        transaction.Session.LoadRecords((officer, course, progress, percent, completed, certificate, reported) =>
        {
            if (_courseIndex.TryGetValue(course, out var index))
            {
                _records[Key(officer, index)] = new StoredRecord
                {
                    ReportedTicks = reported.Ticks,
                    Percent = percent,
                    CompletedDay = StoredRecord.Day(completed),
                    CertificateHash = StoredRecord.Hash(certificate),
                    Progress = progress,
                    File = -1,
                };
            }
        });
    }

    /// <summary>The officer's record of the course, added empty when there is none (<paramref name="exists"/> false).</summary>
    public ref StoredRecord Find(long officer, Course course, out bool exists) =>
        ref CollectionsMarshal.GetValueRefOrAddDefault(_records, Key(officer, _courseIndex[course.Id]), out exists);

    /// <summary>Applies the row's record to the one <see cref="Find"/> gave, writes it when it supersedes, and counts what the file did to it.</summary>
    public void Apply(ref StoredRecord state, bool exists, long officer, CourseRecord record, string? certificate, DateTime reported, in TableRow row, int fileIndex, FileTally tally)
    {
        var ticks = reported.Ticks;
        var day = StoredRecord.Day(record.CompletedOn);
        var certificateHash = StoredRecord.Hash(certificate);
        var previous = exists && state.File == fileIndex ? state.Outcome : RowOutcome.None;
        if (!exists)
        {
            Write(officer, record, certificate, reported, insert: true);
            state = new StoredRecord { Outcome = RowOutcome.Added };
            state.Keep(ticks, record.Progress, record.ProgressPercent, day, certificateHash);
        }
        else if (state.IsSupersededBy(reported, record.Progress, record.ProgressPercent))
        {
            var same = state.Holds(record.Progress, record.ProgressPercent, day, certificateHash);
            Write(officer, record, certificate, reported, insert: false);
            state.Outcome = previous switch
            {
                RowOutcome.Added => RowOutcome.Added,
                RowOutcome.Updated => RowOutcome.Updated,
                _ => same ? RowOutcome.Unchanged : RowOutcome.Updated,
            };
            state.Keep(ticks, record.Progress, record.ProgressPercent, day, certificateHash);
        }
        else
        {
            state.Outcome = previous == RowOutcome.None ? RowOutcome.Unchanged : previous;
        }

        tally.Count(previous, state.Outcome);
        state.File = fileIndex;
        state.SeenRow = row.Number;
        state.Fingerprint = row.Fingerprint;
    }

    private void Write(long officer, CourseRecord record, string? certificate, DateTime reported, bool insert)
    {
        if (!_transaction.Writing)
        {
            return;
        }

        if (insert)
        {
            _transaction.Session.InsertRecord(officer, record, certificate, reported);
        }
        else
        {
            _transaction.Session.UpdateRecord(officer, record, certificate, reported);
        }
    }

    private static long Key(long officer, int course) => (officer << 12) | (uint)course;
}
