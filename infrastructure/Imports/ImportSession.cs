using System.Collections.Concurrent;
using System.Data;
using System.Data.Common;
using System.Globalization;
using KarmayogiBot.Domain.Compliance;
using KarmayogiBot.Domain.Officers;
using KarmayogiBot.Infrastructure.Reports.Standings;
using KarmayogiBot.Infrastructure.Storage;

namespace KarmayogiBot.Infrastructure.Imports;

/// <summary>
/// The store side of an import: one connection, one write transaction, prepared commands reused for every
/// row. Record and profile writes go through a bounded queue to a writer thread, so reading and checking
/// the file (one core) and writing the database (the other) overlap; every other call waits for the queue
/// to empty first. Nothing is visible to other processes until <see cref="CommitAsync"/>; disposing
/// without it (or a crash) leaves the store as it was.
/// </summary>
internal sealed class ImportSession : IAsyncDisposable
{
    private const int BatchSize = 1024;

    /// <summary>Batches in flight: bounds the memory the queue holds (about 64 MB at most).</summary>
    private const int QueuedBatches = 16;

    private readonly DbConnection _connection;
    private readonly DbTransaction _transaction;
    private readonly bool _sqlite;
    private BlockingCollection<WriteOp[]>? _queue;
    private Thread? _writer;
    private Exception? _writerError;
    private WriteOp[] _batch = new WriteOp[BatchSize];
    private int _batchCount;
    private string _sourceFile = "";
    private long _importId;
    private DbCommand? _insertRecord;
    private DbCommand? _updateRecord;
    private DbCommand? _insertProfile;
    private DbCommand? _updateProfile;
    private DbCommand? _upsertOfficer;
    private DateTime _lastTime;
    private string _lastTimeText = "";

    private ImportSession(DbConnection connection, DbTransaction transaction, bool sqlite)
    {
        _connection = connection;
        _transaction = transaction;
        _sqlite = sqlite;
    }

    private enum WriteKind : byte
    {
        InsertRecord,
        UpdateRecord,
        InsertProfile,
        UpdateProfile,
        Barrier,
    }

    public static async Task<ImportSession> BeginAsync(KarmayogiDatabase database, CancellationToken cancellationToken)
    {
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var sqlite = database.Provider == StoreProvider.Sqlite;
            if (sqlite)
            {
                // A bigger page cache for this connection: a large import touches many pages before it commits. The
                // foreign keys are not checked row by row: the import holds the write lock and takes officer ids
                // from the officers table in its own transaction. (Every connection opened turns them on again.)
                await using var pragma = connection.CreateCommand("PRAGMA cache_size = -65536; PRAGMA foreign_keys = OFF;");
                await pragma.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            var transaction = await database.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);

            // The import ends by bringing the standing facts up to date: take their lock first, as a summary making them
            // current would, so the two never wait for each other in opposite order (PostgreSQL; SQLite has one writer).
            await StandingFactsTable.ReadBasisAsync(connection, transaction, database.Provider, lockForUpdate: true, cancellationToken).ConfigureAwait(false);
            return new ImportSession(connection, transaction, sqlite);
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public long StartRun(string file, ImportKind kind, DateTimeOffset now)
    {
        Drain();
        using var command = Command("""
            INSERT INTO imports (imported_at, file, kind, reported_at, rows_read, officers_matched, officers_unmatched, added, updated, unchanged, rejected, other_courses, outside_zone, transferred_out)
            VALUES (@at, @file, @kind, NULL, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0) RETURNING id
            """);
        command.AddParameter("at", OfficerRows.Utc(now));
        command.AddParameter("file", file);
        command.AddParameter("kind", kind.ToString());
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    public void FinishRun(long id, ImportCounts counts, DateTime? reportedAt)
    {
        Drain();
        using var command = Command("""
            UPDATE imports SET reported_at = @reported, rows_read = @rows, officers_matched = @matched, officers_unmatched = @unmatched,
                added = @added, updated = @updated, unchanged = @unchanged, rejected = @rejected, other_courses = @other, outside_zone = @outside, transferred_out = @transferred
            WHERE id = @id
            """);
        Typed(command, "reported", DbType.DateTime2).Value = reportedAt is { } r ? r : DBNull.Value;
        command.AddParameter("rows", counts.RowsRead);
        command.AddParameter("matched", counts.OfficersMatched);
        command.AddParameter("unmatched", counts.OfficersUnmatched);
        command.AddParameter("added", counts.Added);
        command.AddParameter("updated", counts.Updated);
        command.AddParameter("unchanged", counts.Unchanged);
        command.AddParameter("rejected", counts.Rejected);
        command.AddParameter("other", counts.OtherCourses);
        command.AddParameter("outside", counts.OutsideZone);
        command.AddParameter("transferred", counts.TransferredOut);
        command.AddParameter("id", id);
        command.ExecuteNonQuery();
    }

    /// <summary>Every officer with the store's id (<paramref name="onRoster"/>: not those transferred out).</summary>
    public List<(long Id, Officer Officer)> LoadOfficers(bool onRoster = false)
    {
        Drain();
        using var command = Command($"SELECT o.id, {OfficerRows.OfficerColumns} FROM officers o{(onRoster ? " WHERE o.transferred_out_at IS NULL" : "")}");
        using var reader = command.ExecuteReader();
        var officers = new List<(long, Officer)>();
        while (reader.Read())
        {
            officers.Add((reader.GetInt64(0), OfficerRows.ReadOfficer(reader, 1)));
        }

        return officers;
    }

    /// <summary>Streams every stored course record: officer id, course id, progress, percent, completed on, certificate, reported at.</summary>
    public void LoadRecords(Action<long, string, CourseProgress, decimal, DateOnly?, string?, DateTime> each)
    {
        Drain();
        using var command = Command("SELECT officer_id, course_id, progress, progress_percent, completed_on, certificate_id, reported_at FROM course_records");
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            each(
                reader.GetInt64(0),
                reader.GetString(1),
                OfficerRows.ProgressFromText(reader.GetString(2)),
                reader.GetDecimal(3),
                reader.IsDBNull(4) ? null : reader.GetFieldValue<DateOnly>(4),
                reader.GetStringOrNull(5),
                reader.GetDateTime(6));
        }
    }

    /// <summary>Every stored iGOT profile, by officer id.</summary>
    public Dictionary<long, IgotProfile> LoadProfiles()
    {
        Drain();
        using var command = Command("SELECT officer_id, designation, grp, profile_status, reported_at FROM igot_profiles");
        using var reader = command.ExecuteReader();
        var profiles = new Dictionary<long, IgotProfile>();
        while (reader.Read())
        {
            profiles[reader.GetInt64(0)] = new IgotProfile(reader.GetStringOrNull(1), reader.GetStringOrNull(2), reader.GetStringOrNull(3), reader.GetDateTime(4));
        }

        return profiles;
    }

    /// <summary>The file the following records and profiles come from.</summary>
    public void SetSource(string sourceFile, long importId)
    {
        _sourceFile = sourceFile;
        _importId = importId;
    }

    /// <summary>Adds a record the store does not have yet.</summary>
    public void InsertRecord(long officerId, CourseRecord record, string? certificateId, DateTime reportedAt) =>
        Enqueue(new WriteOp(WriteKind.InsertRecord, officerId, record, certificateId, reportedAt, null, _sourceFile, _importId, null));

    /// <summary>Replaces a stored record (or one added earlier in this import: writes keep their order).</summary>
    public void UpdateRecord(long officerId, CourseRecord record, string? certificateId, DateTime reportedAt) =>
        Enqueue(new WriteOp(WriteKind.UpdateRecord, officerId, record, certificateId, reportedAt, null, _sourceFile, _importId, null));

    public void InsertProfile(long officerId, IgotProfile profile) =>
        Enqueue(new WriteOp(WriteKind.InsertProfile, officerId, null, null, default, profile, _sourceFile, _importId, null));

    public void UpdateProfile(long officerId, IgotProfile profile) =>
        Enqueue(new WriteOp(WriteKind.UpdateProfile, officerId, null, null, default, profile, _sourceFile, _importId, null));

    public void UpsertOfficer(Officer officer, DateTimeOffset now)
    {
        Drain();
        var command = _upsertOfficer ??= Command(OfficerWrites.RosterUpsertSql);
        OfficerWrites.Bind(command, officer, now);
        command.ExecuteNonQuery();
    }

    /// <summary>
    /// The officer left the zone (a newer full roster without them): kept with their records, the zone they left in
    /// transferred_from, no zone now (their standing facts are forgotten with it), out of every zone's lists.
    /// </summary>
    public void TransferOut(long officerId, DateTimeOffset now)
    {
        Drain();
        using var command = Command(
            "UPDATE officers SET transferred_from = zone, zone = NULL, zone_key = NULL, transferred_out_at = @now WHERE id = @id AND transferred_out_at IS NULL");
        command.AddParameter("now", OfficerRows.Utc(now));
        command.AddParameter("id", officerId);
        command.ExecuteNonQuery();
    }

    /// <summary>
    /// The SQL of one officer's progress in one field ("course:c,course:i42.5"; c completed, i in progress with its
    /// percentage; not-started records left out), as <c>officers.progress_summary</c> keeps it for summaries.
    /// </summary>
    internal static string ProgressSummarySql(StoreProvider provider, string officerId)
    {
        const string item = "r.course_id || ':' || CASE r.progress WHEN 'Completed' THEN 'c' ELSE 'i' || CAST(r.progress_percent AS TEXT) END";
        var aggregate = provider == StoreProvider.Postgres ? $"string_agg({item}, ',' ORDER BY r.course_id)" : $"group_concat({item}, ',')";
        return $"SELECT {aggregate} FROM course_records r WHERE r.officer_id = {officerId} AND r.progress <> 'NotStarted'";
    }

    /// <summary>Recomputes <c>officers.progress_summary</c> of the officers whose records this import run wrote.</summary>
    public void RefreshProgressSummaries(long importId)
    {
        Drain();
        using var command = Command(
            $"UPDATE officers SET progress_summary = ({ProgressSummarySql(_sqlite ? StoreProvider.Sqlite : StoreProvider.Postgres, "officers.id")}) "
            + "WHERE id IN (SELECT officer_id FROM course_records WHERE import_id = @import)");
        command.AddParameter("import", importId);
        command.ExecuteNonQuery();
    }

    /// <summary>
    /// Computes the standing facts this transaction's writes made the store forget (an officer's designation, formation,
    /// progress or iGOT profile changed), or every officer's when the catalog, the program or the plan changed.
    /// </summary>
    /// <param name="today">India's today: the plan in force then is the one the facts are for, unless the stored ones are for another plan of this same catalog.</param>
    public async Task RefreshStandingsAsync(StandingEvaluator evaluator, DateOnly today, CancellationToken cancellationToken)
    {
        Drain();
        await StandingFactsTable.MakeCurrentAsync(
            _connection, _transaction, _sqlite ? StoreProvider.Sqlite : StoreProvider.Postgres, evaluator, today, keepStoredPlan: true, cancellationToken).ConfigureAwait(false);
    }

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        Drain();
        await _transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        if (_queue is not null)
        {
            _queue.CompleteAdding();
            _writer!.Join();
            _queue.Dispose();
        }

        foreach (var command in new[] { _insertRecord, _updateRecord, _insertProfile, _updateProfile, _upsertOfficer })
        {
            command?.Dispose();
        }

        await _transaction.DisposeAsync().ConfigureAwait(false);
        await _connection.DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>Waits until every queued write is done; rethrows the writer's failure, if any.</summary>
    public void Drain()
    {
        if (_queue is null)
        {
            return;
        }

        using var done = new ManualResetEventSlim();
        Enqueue(new WriteOp(WriteKind.Barrier, 0, null, null, default, null, "", 0, done));
        _queue.Add(_batch);
        _batch = new WriteOp[BatchSize];
        _batchCount = 0;
        done.Wait();
        ThrowIfWriterFailed();
    }

    private void Enqueue(WriteOp op)
    {
        ThrowIfWriterFailed();
        if (_queue is null)
        {
            _queue = new BlockingCollection<WriteOp[]>(QueuedBatches);
            _writer = new Thread(WriteLoop) { IsBackground = true, Name = "import writer" };
            _writer.Start();
        }

        _batch[_batchCount++] = op;
        if (_batchCount == BatchSize)
        {
            _queue.Add(_batch);
            _batch = new WriteOp[BatchSize];
            _batchCount = 0;
        }
    }

    private void ThrowIfWriterFailed()
    {
        if (_writerError is { } error)
        {
            throw new InvalidOperationException($"The import could not write to the store: {error.Message}", error);
        }
    }

    private void WriteLoop()
    {
        foreach (var batch in _queue!.GetConsumingEnumerable())
        {
            foreach (var op in batch)
            {
                if (op.Done is { } done)
                {
                    done.Set();
                    break; // a barrier ends its batch
                }

                if (_writerError is not null)
                {
                    continue;
                }

                try
                {
                    Execute(op);
                }
                catch (Exception e)
                {
                    _writerError = e;
                }
            }
        }
    }

    private void Execute(in WriteOp op)
    {
        switch (op.Kind)
        {
            case WriteKind.InsertRecord:
                var insert = _insertRecord ??= Prepare(
                    "INSERT INTO course_records (officer_id, course_id, progress, progress_percent, completed_on, certificate_id, source_file, reported_at, import_id) VALUES (@officer, @course, @progress, @percent, @completed, @certificate, @source, @reported, @import)",
                    RecordParameters);
                BindRecord(insert, op);
                insert.ExecuteNonQuery();
                break;
            case WriteKind.UpdateRecord:
                var update = _updateRecord ??= Prepare(
                    "UPDATE course_records SET progress = @progress, progress_percent = @percent, completed_on = @completed, certificate_id = @certificate, source_file = @source, reported_at = @reported, import_id = @import WHERE officer_id = @officer AND course_id = @course",
                    RecordParameters);
                BindRecord(update, op);
                update.ExecuteNonQuery();
                break;
            case WriteKind.InsertProfile:
                var add = _insertProfile ??= Prepare(
                    "INSERT INTO igot_profiles (officer_id, designation, grp, profile_status, reported_at, source_file, import_id) VALUES (@officer, @designation, @grp, @status, @reported, @source, @import)",
                    ProfileParameters);
                BindProfile(add, op);
                add.ExecuteNonQuery();
                break;
            case WriteKind.UpdateProfile:
                var change = _updateProfile ??= Prepare(
                    "UPDATE igot_profiles SET designation = @designation, grp = @grp, profile_status = @status, reported_at = @reported, source_file = @source, import_id = @import WHERE officer_id = @officer",
                    ProfileParameters);
                BindProfile(change, op);
                change.ExecuteNonQuery();
                break;
        }
    }

    private static readonly (string, DbType)[] RecordParameters =
    [
        ("officer", DbType.Int64), ("course", DbType.String), ("progress", DbType.String), ("percent", DbType.Decimal), ("completed", DbType.Date),
        ("certificate", DbType.String), ("source", DbType.String), ("reported", DbType.DateTime2), ("import", DbType.Int64),
    ];

    private static readonly (string, DbType)[] ProfileParameters =
    [
        ("officer", DbType.Int64), ("designation", DbType.String), ("grp", DbType.String), ("status", DbType.String),
        ("reported", DbType.DateTime2), ("source", DbType.String), ("import", DbType.Int64),
    ];

    private void BindRecord(DbCommand command, in WriteOp op)
    {
        var p = command.Parameters;
        var record = op.Record!;
        p[0].Value = op.Officer;
        p[1].Value = record.CourseId;
        p[2].Value = OfficerRows.ProgressText(record.Progress);
        p[3].Value = _sqlite ? (double)record.ProgressPercent : record.ProgressPercent;
        p[4].Value = record.CompletedOn is { } day ? (_sqlite ? day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : day) : DBNull.Value;
        p[5].Value = (object?)op.Certificate ?? DBNull.Value;
        p[6].Value = op.Source;
        p[7].Value = Time(op.ReportedAt);
        p[8].Value = op.ImportId;
    }

    private void BindProfile(DbCommand command, in WriteOp op)
    {
        var p = command.Parameters;
        var profile = op.Profile!;
        p[0].Value = op.Officer;
        p[1].Value = (object?)profile.Designation ?? DBNull.Value;
        p[2].Value = (object?)profile.Group ?? DBNull.Value;
        p[3].Value = (object?)profile.ProfileStatus ?? DBNull.Value;
        p[4].Value = Time(profile.ReportedAt);
        p[5].Value = op.Source;
        p[6].Value = op.ImportId;
    }

    /// <summary>On SQLite the text Microsoft.Data.Sqlite itself writes for a DateTime, formatted once per distinct value.</summary>
    private object Time(DateTime value)
    {
        if (!_sqlite)
        {
            return value;
        }

        if (value != _lastTime || _lastTimeText.Length == 0)
        {
            _lastTime = value;
            _lastTimeText = value.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture).TrimEnd('.');
        }

        return _lastTimeText;
    }

    private DbCommand Command(string sql) => _connection.CreateCommand(sql, _transaction);

    private DbCommand Prepare(string sql, (string Name, DbType Type)[] parameters)
    {
        var command = Command(sql);
        foreach (var (name, type) in parameters)
        {
            if (_sqlite)
            {
                command.AddParameter(name, null); // SQLite: the value's own type (text, real, integer) decides
            }
            else
            {
                Typed(command, name, type);
            }
        }

        command.Prepare();
        return command;
    }

    private static DbParameter Typed(DbCommand command, string name, DbType type)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.DbType = type;
        parameter.Value = DBNull.Value;
        command.Parameters.Add(parameter);
        return parameter;
    }

    /// <summary>One queued write; a barrier carries the event the writer sets when it reaches it.</summary>
    private readonly record struct WriteOp(
        WriteKind Kind, long Officer, CourseRecord? Record, string? Certificate, DateTime ReportedAt, IgotProfile? Profile, string Source, long ImportId, ManualResetEventSlim? Done);
}
