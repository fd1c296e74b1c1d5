using System.Data;
using System.Data.Common;
using KarmayogiBot.Domain.Catalog;
using KarmayogiBot.Domain.Compliance;
using KarmayogiBot.Domain.Officers;
using KarmayogiBot.Infrastructure.Storage;

namespace KarmayogiBot.Infrastructure.Imports;

/// <summary>
/// The store side of an import: one connection, one write transaction, prepared commands reused for every
/// row. Nothing is visible to other processes until <see cref="CommitAsync"/>; disposing without it (or a
/// crash) leaves the store as it was.
/// </summary>
internal sealed class ImportSession : IAsyncDisposable
{
    private readonly DbConnection _connection;
    private readonly DbTransaction _transaction;
    private DbCommand? _upsertRecord;
    private DbCommand? _upsertProfile;
    private DbCommand? _upsertOfficer;

    private ImportSession(DbConnection connection, DbTransaction transaction)
    {
        _connection = connection;
        _transaction = transaction;
    }

    public static async Task<ImportSession> BeginAsync(KarmayogiDatabase database, CancellationToken cancellationToken)
    {
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var transaction = await database.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
            return new ImportSession(connection, transaction);
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public long StartRun(string file, ImportKind kind, DateTimeOffset now)
    {
        using var command = Command("""
            INSERT INTO imports (imported_at, file, kind, reported_at, rows_read, officers_matched, officers_unmatched, added, updated, unchanged, rejected, other_courses)
            VALUES (@at, @file, @kind, NULL, 0, 0, 0, 0, 0, 0, 0, 0) RETURNING id
            """);
        command.AddParameter("at", OfficerRows.Utc(now));
        command.AddParameter("file", file);
        command.AddParameter("kind", kind.ToString());
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public void FinishRun(long id, ImportCounts counts, DateTime? reportedAt)
    {
        using var command = Command("""
            UPDATE imports SET reported_at = @reported, rows_read = @rows, officers_matched = @matched, officers_unmatched = @unmatched,
                added = @added, updated = @updated, unchanged = @unchanged, rejected = @rejected, other_courses = @other
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
        command.AddParameter("id", id);
        command.ExecuteNonQuery();
    }

    /// <summary>Every officer with the store's id.</summary>
    public List<(long Id, Officer Officer)> LoadOfficers()
    {
        using var command = Command($"SELECT o.id, {OfficerRows.OfficerColumns} FROM officers o");
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
        using var command = Command("SELECT officer_id, designation, grp, profile_status, reported_at FROM igot_profiles");
        using var reader = command.ExecuteReader();
        var profiles = new Dictionary<long, IgotProfile>();
        while (reader.Read())
        {
            profiles[reader.GetInt64(0)] = new IgotProfile(reader.GetStringOrNull(1), reader.GetStringOrNull(2), reader.GetStringOrNull(3), reader.GetDateTime(4));
        }

        return profiles;
    }

    public void UpsertRecord(long officerId, CourseRecord record, string? certificateId, string sourceFile, DateTime reportedAt, long importId)
    {
        var command = _upsertRecord ??= Prepare(
            """
            INSERT INTO course_records (officer_id, course_id, progress, progress_percent, completed_on, certificate_id, source_file, reported_at, import_id)
            VALUES (@officer, @course, @progress, @percent, @completed, @certificate, @source, @reported, @import)
            ON CONFLICT (officer_id, course_id) DO UPDATE SET
                progress = excluded.progress, progress_percent = excluded.progress_percent, completed_on = excluded.completed_on,
                certificate_id = excluded.certificate_id, source_file = excluded.source_file, reported_at = excluded.reported_at,
                import_id = excluded.import_id
            """,
            ("officer", DbType.Int64), ("course", DbType.String), ("progress", DbType.String), ("percent", DbType.Decimal),
            ("completed", DbType.Date), ("certificate", DbType.String), ("source", DbType.String), ("reported", DbType.DateTime2), ("import", DbType.Int64));
        var p = command.Parameters;
        p[0].Value = officerId;
        p[1].Value = record.CourseId;
        p[2].Value = OfficerRows.ProgressText(record.Progress);
        p[3].Value = record.ProgressPercent;
        p[4].Value = record.CompletedOn is { } day ? day : DBNull.Value;
        p[5].Value = (object?)certificateId ?? DBNull.Value;
        p[6].Value = sourceFile;
        p[7].Value = reportedAt;
        p[8].Value = importId;
        command.ExecuteNonQuery();
    }

    public void UpsertProfile(long officerId, IgotProfile profile, string sourceFile, long importId)
    {
        var command = _upsertProfile ??= Prepare(
            """
            INSERT INTO igot_profiles (officer_id, designation, grp, profile_status, reported_at, source_file, import_id)
            VALUES (@officer, @designation, @grp, @status, @reported, @source, @import)
            ON CONFLICT (officer_id) DO UPDATE SET
                designation = excluded.designation, grp = excluded.grp, profile_status = excluded.profile_status,
                reported_at = excluded.reported_at, source_file = excluded.source_file, import_id = excluded.import_id
            """,
            ("officer", DbType.Int64), ("designation", DbType.String), ("grp", DbType.String), ("status", DbType.String),
            ("reported", DbType.DateTime2), ("source", DbType.String), ("import", DbType.Int64));
        var p = command.Parameters;
        p[0].Value = officerId;
        p[1].Value = (object?)profile.Designation ?? DBNull.Value;
        p[2].Value = (object?)profile.Group ?? DBNull.Value;
        p[3].Value = (object?)profile.ProfileStatus ?? DBNull.Value;
        p[4].Value = profile.ReportedAt;
        p[5].Value = sourceFile;
        p[6].Value = importId;
        command.ExecuteNonQuery();
    }

    public void UpsertOfficer(Officer officer, DateTimeOffset now)
    {
        var command = _upsertOfficer ??= Command(OfficerWrites.UpsertSql);
        OfficerWrites.Bind(command, officer, now);
        command.ExecuteNonQuery();
    }

    public async Task CommitAsync(CancellationToken cancellationToken) => await _transaction.CommitAsync(cancellationToken).ConfigureAwait(false);

    public async ValueTask DisposeAsync()
    {
        _upsertRecord?.Dispose();
        _upsertProfile?.Dispose();
        _upsertOfficer?.Dispose();
        await _transaction.DisposeAsync().ConfigureAwait(false);
        await _connection.DisposeAsync().ConfigureAwait(false);
    }

    private DbCommand Command(string sql) => _connection.CreateCommand(sql, _transaction);

    private DbCommand Prepare(string sql, params (string Name, DbType Type)[] parameters)
    {
        var command = Command(sql);
        foreach (var (name, type) in parameters)
        {
            Typed(command, name, type);
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
}
