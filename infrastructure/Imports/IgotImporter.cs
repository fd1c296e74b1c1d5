using System.Runtime.InteropServices;
using KarmayogiBot.Domain.Catalog;
using KarmayogiBot.Domain.Compliance;
using KarmayogiBot.Domain.Officers;
using KarmayogiBot.Domain.Time;
using KarmayogiBot.Infrastructure.Imports.Tables;
using KarmayogiBot.Infrastructure.Storage;
using Microsoft.Extensions.Logging;

namespace KarmayogiBot.Infrastructure.Imports;

/// <summary>
/// Imports the iGOT MDO reports: ConsumptionReport (every header generation), CBPEnrollmentReport and
/// UserReport, as .csv or .xlsx, alone or in the reports.zip bundle. Officers are matched to the roster by
/// e-mail, then phone, then employee code; courses to the catalog by name. A newer report supersedes older
/// records of the same officer and course, an older one never overwrites a newer, and the same file twice
/// changes nothing. Every file of one command goes in one transaction: any bad row and nothing changes,
/// unless <see cref="ImportOptions.AcceptPartial"/>.
/// </summary>
public sealed class IgotImporter
{
    private const int ProgressEvery = 8192;

    private readonly KarmayogiDatabase _database;
    private readonly TrainingCatalog _catalog;
    private readonly TimeProvider _clock;
    private readonly ILogger<IgotImporter> _logger;
    private readonly StandingEvaluator _evaluator;
    private readonly Dictionary<string, int> _courseIndex = new(StringComparer.Ordinal);

    public IgotImporter(KarmayogiDatabase database, TrainingCatalog catalog, TimeProvider clock, ILogger<IgotImporter> logger)
    {
        _database = database;
        _catalog = catalog;
        _clock = clock;
        _logger = logger;
        _evaluator = new StandingEvaluator(catalog);
        for (var i = 0; i < catalog.Courses.Count; i++)
        {
            _courseIndex[catalog.Courses[i].Id] = i;
        }
    }

    public async Task<ImportOutcome> ImportAsync(string path, ImportOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= ImportOptions.Default;
        if (!File.Exists(path))
        {
            throw new ImportException($"{path}: no such file");
        }

        var skipped = new List<string>();
        var temp = Path.Combine(Path.GetTempPath(), "karmayogi-import");
        var sources = TableFiles.IsZip(path) ? TableFiles.Bundle(path, options.Password, skipped, temp) : [TableFiles.Single(path)];
        var notes = skipped.Select(s => $"{s}: skipped (not a report this import reads)").ToList();

        using var problems = new ProblemLog(options.RejectsPath);
        await using var session = await ImportSession.BeginAsync(_database, cancellationToken).ConfigureAwait(false);
        var run = new Run(this, session, options, problems, sources.Count);
        var results = new List<ImportResult>();
        for (var i = 0; i < sources.Count; i++)
        {
            results.Add(run.Table(sources[i], i, cancellationToken));
        }

        var commit = !run.Fatal && (problems.Total == 0 || options.AcceptPartial);
        if (commit)
        {
            await session.RefreshStandingsAsync(_evaluator, IndiaCalendar.Today(_clock), cancellationToken).ConfigureAwait(false);
            await session.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        foreach (var result in results)
        {
            _logger.LogInformation(
                "iGOT import of {File} ({Kind}) {Outcome}: {Rows} rows, {Matched} officers matched, {Unmatched} unmatched, {Added} added, {Updated} updated, {Unchanged} unchanged, {Rejected} rejected, {Other} other courses",
                result.File, result.Kind, commit ? "committed" : "rolled back", result.Counts.RowsRead, result.Counts.OfficersMatched,
                result.Counts.OfficersUnmatched, result.Counts.Added, result.Counts.Updated, result.Counts.Unchanged, result.Counts.Rejected,
                result.Counts.OtherCourses);
        }

        options.Progress?.Invoke(1.0);
        return new ImportOutcome(results, commit, problems.Written ? options.RejectsPath : null, notes);
    }

    /// <summary>What the store holds of one officer and course, and what this import did to it.</summary>
    private struct RecordState
    {
        public long ReportedTicks;
        public decimal Percent;
        public int CompletedDay;
        public int CertificateHash;
        public CourseProgress Progress;
        public Outcome Outcome;
        public int File;
        public int SeenRow;
        public ulong Fingerprint;
    }

    private sealed class ProfileState
    {
        public required IgotProfile Profile { get; set; }

        public Outcome Outcome { get; set; }

        public int File { get; set; } = -1;

        public int SeenRow { get; set; }

        public ulong Fingerprint { get; set; }
    }

    private enum Outcome : byte
    {
        None,
        Added,
        Updated,
        Unchanged,
    }

    /// <summary>One import command: the officers, the stored records and profiles, and the counting.</summary>
    private sealed class Run
    {
        private readonly IgotImporter _owner;
        private readonly ImportSession _session;
        private readonly ImportOptions _options;
        private readonly ProblemLog _problems;
        private readonly int _fileCount;
        private readonly OfficerDirectory _directory;
        private readonly Dictionary<long, RecordState> _records = new();
        private readonly Dictionary<long, ProfileState> _profiles = new();
        private readonly Dictionary<string, Course?> _courseNames = new(StringComparer.Ordinal);
        private string? _lastReportedText;
        private DateTime _lastReported;

        public Run(IgotImporter owner, ImportSession session, ImportOptions options, ProblemLog problems, int fileCount)
        {
            _owner = owner;
            _session = session;
            _options = options;
            _problems = problems;
            _fileCount = fileCount;
            _directory = new OfficerDirectory(session.LoadOfficers());
            session.LoadRecords((officer, course, progress, percent, completed, certificate, reported) =>
            {
                if (owner._courseIndex.TryGetValue(course, out var index))
                {
                    _records[Key(officer, index)] = new RecordState
                    {
                        ReportedTicks = reported.Ticks,
                        Percent = percent,
                        CompletedDay = completed is { } day ? day.DayNumber + 1 : 0,
                        CertificateHash = Hash(certificate),
                        Progress = progress,
                        File = -1,
                    };
                }
            });
            foreach (var (officer, profile) in session.LoadProfiles())
            {
                _profiles[officer] = new ProfileState { Profile = profile };
            }
        }

        /// <summary>A file could not be read at all: nothing is committed, whatever the options.</summary>
        public bool Fatal { get; private set; }

        private bool Writing => !Fatal && (_options.AcceptPartial || _problems.Total == 0);

        public ImportResult Table(TableSource source, int fileIndex, CancellationToken cancellationToken)
        {
            _problems.NextFile();
            var counts = new Counter();
            ImportKind? kind = null;
            DateTime? newest = null;
            try
            {
                using var reader = source.Open();
                var header = FindHeader(source.Name, reader);
                if (header is null)
                {
                    return Finish(source, null, counts, null);
                }

                kind = header.Value.Kind;
                var map = header.Value.Map;
                reader.Select(map.Wanted);
                var importId = _session.StartRun(source.Name, kind.Value, _owner._clock.GetUtcNow());
                _session.SetSource(source.Name, importId);
                while (reader.Read(out var row))
                {
                    counts.Rows++;
                    if (counts.Rows % ProgressEvery == 0)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        _options.Progress?.Invoke((fileIndex + reader.Progress) / _fileCount);
                    }

                    var reported = kind == ImportKind.IgotUsers
                        ? UserRow(source.Name, row, map, reader, counts, fileIndex, importId)
                        : RecordRow(source.Name, row, map, reader, counts, fileIndex, importId);
                    if (reported is { } r && (newest is null || r > newest))
                    {
                        newest = r;
                    }
                }

                var result = Finish(source, kind, counts, newest);
                if (!Fatal)
                {
                    _session.FinishRun(importId, result.Counts, newest);
                    if (Writing && result.Counts.Added + result.Counts.Updated > 0 && kind != ImportKind.IgotUsers)
                    {
                        _session.RefreshProgressSummaries(importId);
                    }
                }

                return result;
            }
            catch (IOException e)
            {
                Fatal = true;
                _problems.Add(new ImportProblem(source.Name, 0, $"cannot be read: {e.Message}"), rejectsRow: false);
                return Finish(source, kind, counts, newest);
            }
            catch (Exception e) when (e is ExcelDataReader.Exceptions.ExcelReaderException or InvalidDataException)
            {
                Fatal = true;
                _problems.Add(new ImportProblem(source.Name, 0, $"is not a readable workbook: {e.Message}"), rejectsRow: false);
                return Finish(source, kind, counts, newest);
            }
        }

        private ImportResult Finish(TableSource source, ImportKind? kind, Counter counts, DateTime? newest)
        {
            var rejected = _problems.RejectedRows;
            var total = _problems.InFile;
            var problems = _problems.NextFile();
            var result = new ImportResult(source.Name, kind, counts.ToCounts(rejected), newest, problems, total);
            return result;
        }

        private (ImportKind Kind, HeaderMap Map)? FindHeader(string file, ITableReader reader)
        {
            for (var tries = 0; tries < 10 && reader.Read(out var row); tries++)
            {
                if (row.Problem is not null)
                {
                    continue;
                }

                var header = row.Fields.Select(f => f ?? "").ToList();
                var keys = header.Select(HeaderMap.Key).ToHashSet(StringComparer.Ordinal);
                if (keys.Contains("numberofcbpcoursesallocated"))
                {
                    return FatalHeader(file, row.Number, "this is CBPUserSummaryReport: it has counts, not each course; import ConsumptionReport.csv (or CBPEnrollmentReport.csv)");
                }

                if (keys.Contains("contentstatus") && !keys.Contains("email"))
                {
                    return FatalHeader(file, row.Number, "this is ContentReport: it is per course, not per officer; import ConsumptionReport.csv");
                }

                var kind = keys.Contains("contentname") || keys.Contains("cbpname") ? ImportKind.IgotConsumption
                    : keys.Contains("nameofcbpallocatedcourse") ? ImportKind.IgotCbpEnrolment
                    : keys.Contains("profilestatus") || keys.Contains("userregistrationdate") || (keys.Contains("fullname") && keys.Contains("reportlastgeneratedon")) ? ImportKind.IgotUsers
                    : (ImportKind?)null;
                if (kind is null)
                {
                    continue;
                }

                var (fields, other) = kind switch
                {
                    ImportKind.IgotConsumption => (IgotColumns.Consumption, IgotColumns.ConsumptionOther),
                    ImportKind.IgotCbpEnrolment => (IgotColumns.CbpEnrolment, IgotColumns.CbpEnrolmentOther),
                    _ => (IgotColumns.Users, IgotColumns.UsersOther),
                };
                var map = new HeaderMap(header, fields, other);
                var missing = new List<string>();
                if (!map.Has(IgotColumns.Email) && !map.Has(IgotColumns.Phone) && !(kind == ImportKind.IgotUsers && map.Has(IgotColumns.EmployeeId)))
                {
                    missing.Add(kind == ImportKind.IgotCbpEnrolment ? "Email (or Phone)" : "Email (or Phone_Number)");
                }

                foreach (var (field, spelling) in RequiredOf(kind.Value))
                {
                    if (!map.Has(field))
                    {
                        missing.Add(spelling);
                    }
                }

                if (missing.Count > 0)
                {
                    return FatalHeader(file, row.Number, $"required column{(missing.Count > 1 ? "s" : "")} missing: {string.Join(", ", missing)}");
                }

                foreach (var duplicate in map.Duplicates)
                {
                    return FatalHeader(file, row.Number, $"column '{duplicate}' appears twice");
                }

                foreach (var unknown in map.Unknown)
                {
                    _problems.Add(new ImportProblem(file, row.Number, $"unknown column '{unknown}' (not in any iGOT report generation known){(_options.AcceptPartial ? "; ignored" : "")}"), rejectsRow: false);
                }

                return (kind.Value, map);
            }

            return FatalHeader(file, 1, "not an iGOT report this import reads: no header with Content_Name or CBP_Name (ConsumptionReport), 'Name of CBP Allocated Course' (CBPEnrollmentReport) or Profile_Status (UserReport) in the first rows");
        }

        private static IEnumerable<(string Field, string Spelling)> RequiredOf(ImportKind kind) => kind switch
        {
            ImportKind.IgotConsumption => [(IgotColumns.Course, "Content_Name"), (IgotColumns.Status, "Status"), (IgotColumns.ReportedAt, "Report_Last_Generated_On")],
            ImportKind.IgotCbpEnrolment => [(IgotColumns.Course, "Name of CBP Allocated Course"), (IgotColumns.Status, "Current Progress"), (IgotColumns.ReportedAt, "Report_Last_Generated_On")],
            _ => [(IgotColumns.Designation, "Designation"), (IgotColumns.ReportedAt, "Report_Last_Generated_On")],
        };

        private (ImportKind, HeaderMap)? FatalHeader(string file, int row, string reason)
        {
            Fatal = true;
            _problems.Add(new ImportProblem(file, row, reason), rejectsRow: false);
            return null;
        }

        /// <summary>A ConsumptionReport or CBPEnrollmentReport row: one officer, one course.</summary>
        private DateTime? RecordRow(string file, TableRow row, HeaderMap map, ITableReader reader, Counter counts, int fileIndex, long importId)
        {
            if (!CommonChecks(file, row, map, reader, counts, null, out var officer, out var reported))
            {
                return null;
            }

            var name = row.Get(map[IgotColumns.Course]).Trim();
            if (name.Length == 0)
            {
                return Reject(file, row, reader, "no course name");
            }

            if (!_courseNames.TryGetValue(name, out var course))
            {
                course = _owner._catalog.CourseNames.Match(name);
                if (_courseNames.Count < 100_000)
                {
                    _courseNames[name] = course;
                }
            }

            var statusText = row.Get(map[IgotColumns.Status]);
            if (!IgotValues.TryParseStatus(statusText, out var progress))
            {
                return Reject(file, row, reader, $"status '{statusText}' is not one of not-started, in-progress, completed");
            }

            var percentText = map.Has(IgotColumns.Percent) ? row.Get(map[IgotColumns.Percent]) : "";
            if (!IgotValues.TryParsePercent(percentText, progress, out var percent))
            {
                return Reject(file, row, reader, $"progress '{percentText}' is not a percentage from 0 to 100");
            }

            var completedText = map.Has(IgotColumns.CompletedOn) ? row.Get(map[IgotColumns.CompletedOn]) : "";
            if (!IgotValues.TryParseDay(completedText, out var completedOn))
            {
                return Reject(file, row, reader, $"completion date '{completedText}' is not a date");
            }

            // An enrolment iGOT does not count for the officer's live plan (Live_CBP_Plan_Mandate=false) does not count for
            // it here either: the plan, and so the APAR, is fed by the allotted plan's enrolments.
            if (course is not null && map.Has(IgotColumns.PlanMandate) && row.Get(map[IgotColumns.PlanMandate]).Trim().Equals("false", StringComparison.OrdinalIgnoreCase))
            {
                course = null;
            }

            if (course is null)
            {
                counts.OtherCourses++;
                ApplyProfile(file, row, map, officer, reported, fileIndex, importId, countIt: false);
                return reported;
            }

            var key = Key(officer, _owner._courseIndex[course.Id]);
            ref var state = ref CollectionsMarshal.GetValueRefOrAddDefault(_records, key, out var exists);
            if (exists && state.File == fileIndex && state.SeenRow != 0 && state.Fingerprint == row.Fingerprint)
            {
                return Reject(file, row, reader, $"duplicate of row {state.SeenRow}");
            }

            ApplyProfile(file, row, map, officer, reported, fileIndex, importId, countIt: false);
            var certificate = map.Has(IgotColumns.CertificateId) ? NullIfEmpty(row.Get(map[IgotColumns.CertificateId])) : null;
            var record = new CourseRecord(course.Id, progress, percent, completedOn);
            var ticks = reported.Ticks;
            var day = completedOn is { } d ? d.DayNumber + 1 : 0;
            var certificateHash = Hash(certificate);
            var previous = exists && state.File == fileIndex ? state.Outcome : Outcome.None;
            if (!exists)
            {
                Write(officer, record, certificate, reported, insert: true);
                state = new RecordState { Outcome = Outcome.Added };
                Keep(ref state, ticks, progress, percent, day, certificateHash);
            }
            else if (ReportSupersession.Supersedes(reported, progress, percent, new DateTime(state.ReportedTicks), state.Progress, state.Percent))
            {
                var same = state.Progress == progress && state.Percent == percent && state.CompletedDay == day && state.CertificateHash == certificateHash;
                Write(officer, record, certificate, reported, insert: false);
                state.Outcome = previous switch
                {
                    Outcome.Added => Outcome.Added,
                    Outcome.Updated => Outcome.Updated,
                    _ => same ? Outcome.Unchanged : Outcome.Updated,
                };
                Keep(ref state, ticks, progress, percent, day, certificateHash);
            }
            else
            {
                state.Outcome = previous == Outcome.None ? Outcome.Unchanged : previous;
            }

            counts.Count(previous, state.Outcome);
            state.File = fileIndex;
            state.SeenRow = row.Number;
            state.Fingerprint = row.Fingerprint;
            return reported;
        }

        /// <summary>A UserReport row: one officer's profile.</summary>
        private DateTime? UserRow(string file, TableRow row, HeaderMap map, ITableReader reader, Counter counts, int fileIndex, long importId)
        {
            var employeeId = map.Has(IgotColumns.EmployeeId) ? row.Get(map[IgotColumns.EmployeeId]) : null;
            if (!CommonChecks(file, row, map, reader, counts, employeeId, out var officer, out var reported))
            {
                return null;
            }

            if (_profiles.TryGetValue(officer, out var known) && known.File == fileIndex && known.Fingerprint == row.Fingerprint)
            {
                return Reject(file, row, reader, $"duplicate of row {known.SeenRow}");
            }

            ApplyProfile(file, row, map, officer, reported, fileIndex, importId, countIt: true, counts);
            var state = _profiles[officer];
            state.SeenRow = row.Number;
            state.Fingerprint = row.Fingerprint;
            return reported;
        }

        private bool CommonChecks(string file, TableRow row, HeaderMap map, ITableReader reader, Counter counts, string? employeeId, out long officer, out DateTime reported)
        {
            officer = 0;
            reported = default;
            if (row.Problem is not null)
            {
                Reject(file, row, reader, row.Problem);
                return false;
            }

            if (row.FieldCount != map.Header.Count)
            {
                Reject(file, row, reader, $"the row has {row.FieldCount} fields, the header {map.Header.Count} (a separator or quote out of place?)");
                return false;
            }

            var email = map.Has(IgotColumns.Email) ? row.Get(map[IgotColumns.Email]) : null;
            var phone = map.Has(IgotColumns.Phone) ? row.Get(map[IgotColumns.Phone]) : null;
            if (_directory.Match(email, phone, employeeId) is not { } id)
            {
                var who = OfficerKeys.Email(email) ?? OfficerKeys.Mobile(phone) ?? NullIfEmpty(employeeId?.Trim()) ?? "";
                counts.Unmatched.Add(who);
                Reject(file, row, reader, who.Length == 0
                    ? "no e-mail or phone number to find the officer by"
                    : $"no officer in the roster has {Describe(email, phone, employeeId)} (import the roster first, or add the officer to it)");
                return false;
            }

            // Every row of a report has the same Report_Last_Generated_On: parse it once.
            var reportedText = row.Get(map[IgotColumns.ReportedAt]);
            if (reportedText == _lastReportedText)
            {
                reported = _lastReported;
            }
            else if (IgotValues.TryParseTimestamp(reportedText, out reported))
            {
                (_lastReportedText, _lastReported) = (reportedText, reported);
            }
            else
            {
                Reject(file, row, reader, $"Report_Last_Generated_On '{reportedText}' is not a date and time");
                return false;
            }

            counts.Matched.Add(id);
            officer = id;
            return true;
        }

        private static string Describe(string? email, string? phone, string? employeeId)
        {
            var parts = new List<string>();
            if (!string.IsNullOrWhiteSpace(email))
            {
                parts.Add($"e-mail {email.Trim()}");
            }

            if (!string.IsNullOrWhiteSpace(phone))
            {
                parts.Add($"phone {phone.Trim()}");
            }

            if (!string.IsNullOrWhiteSpace(employeeId))
            {
                parts.Add($"employee code {employeeId.Trim()}");
            }

            return string.Join(" or ", parts);
        }

        /// <summary>The profile facts a row carries (designation, group; profile status in UserReport).</summary>
        private void ApplyProfile(string file, TableRow row, HeaderMap map, long officer, DateTime reported, int fileIndex, long importId, bool countIt, Counter? counts = null)
        {
            var designation = map.Has(IgotColumns.Designation) ? row.Get(map[IgotColumns.Designation]).Trim() : null;
            var group = map.Has(IgotColumns.Group) ? NullIfEmpty(row.Get(map[IgotColumns.Group]).Trim()) : null;
            var status = map.Has(IgotColumns.ProfileStatus) ? NullIfEmpty(row.Get(map[IgotColumns.ProfileStatus]).Trim()) : null;
            if (!_profiles.TryGetValue(officer, out var state))
            {
                var profile = new IgotProfile(designation ?? "", group, status, reported);
                WriteProfile(officer, profile, insert: true);
                _profiles[officer] = new ProfileState { Profile = profile, Outcome = Outcome.Added, File = fileIndex };
                if (countIt)
                {
                    counts!.Count(Outcome.None, Outcome.Added);
                }

                return;
            }

            var previous = state.File == fileIndex ? state.Outcome : Outcome.None;
            var old = state.Profile;
            // A newer report says what the profile is now; one of the same time only adds what the other left empty.
            var newer = reported > old.ReportedAt;
            var merged = new IgotProfile(
                newer ? designation ?? old.Designation : string.IsNullOrEmpty(designation) ? old.Designation : designation,
                newer && map.Has(IgotColumns.Group) ? group : group ?? old.Group,
                newer && map.Has(IgotColumns.ProfileStatus) ? status : status ?? old.ProfileStatus,
                reported > old.ReportedAt ? reported : old.ReportedAt);
            var same = merged.Designation == old.Designation && merged.Group == old.Group && merged.ProfileStatus == old.ProfileStatus;
            Outcome next;
            if (reported > old.ReportedAt || (reported == old.ReportedAt && !same))
            {
                WriteProfile(officer, merged, insert: false);
                state.Profile = merged;
                next = previous is Outcome.Added or Outcome.Updated ? previous : same ? Outcome.Unchanged : Outcome.Updated;
            }
            else
            {
                next = previous == Outcome.None ? Outcome.Unchanged : previous;
            }

            state.Outcome = next;
            state.File = fileIndex;
            if (countIt)
            {
                counts!.Count(previous, next);
            }
        }

        private void Write(long officer, CourseRecord record, string? certificate, DateTime reported, bool insert)
        {
            if (!Writing)
            {
                return;
            }

            if (insert)
            {
                _session.InsertRecord(officer, record, certificate, reported);
            }
            else
            {
                _session.UpdateRecord(officer, record, certificate, reported);
            }
        }

        private void WriteProfile(long officer, IgotProfile profile, bool insert)
        {
            if (!Writing)
            {
                return;
            }

            if (insert)
            {
                _session.InsertProfile(officer, profile);
            }
            else
            {
                _session.UpdateProfile(officer, profile);
            }
        }

        private DateTime? Reject(string file, TableRow row, ITableReader reader, string reason)
        {
            _problems.Add(new ImportProblem(file, row.Number, reason, reader.RawText));
            return null;
        }

        private static void Keep(ref RecordState state, long ticks, CourseProgress progress, decimal percent, int day, int certificateHash)
        {
            state.ReportedTicks = ticks;
            state.Progress = progress;
            state.Percent = percent;
            state.CompletedDay = day;
            state.CertificateHash = certificateHash;
        }

        private static long Key(long officer, int course) => (officer << 12) | (uint)course;

        private static int Hash(string? text) => text is null ? 0 : string.GetHashCode(text, StringComparison.Ordinal) | 1;

        private static string? NullIfEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;
    }

    /// <summary>Counts of one file.</summary>
    private sealed class Counter
    {
        public int Rows { get; set; }

        public int OtherCourses { get; set; }

        public HashSet<long> Matched { get; } = [];

        public HashSet<string> Unmatched { get; } = new(StringComparer.Ordinal);

        private int _added;
        private int _updated;
        private int _unchanged;

        public void Count(Outcome previous, Outcome next)
        {
            if (previous == next)
            {
                return;
            }

            Add(previous, -1);
            Add(next, +1);
        }

        public ImportCounts ToCounts(int rejected) =>
            new(Rows, Matched.Count, Unmatched.Count, _added, _updated, _unchanged, rejected, OtherCourses);

        private void Add(Outcome outcome, int delta)
        {
            switch (outcome)
            {
                case Outcome.Added:
                    _added += delta;
                    break;
                case Outcome.Updated:
                    _updated += delta;
                    break;
                case Outcome.Unchanged:
                    _unchanged += delta;
                    break;
            }
        }
    }
}
