using System.Globalization;
using KarmayogiBot.Domain.Catalog;
using KarmayogiBot.Domain.Officers;
using KarmayogiBot.Infrastructure.Imports.Tables;

namespace KarmayogiBot.Infrastructure.Imports;

/// <summary>One iGOT import command over its files: each file's header, then its rows, each to its report's reader.</summary>
internal sealed class IgotRun : ITableImport
{
    private readonly ImportTransaction _transaction;
    private readonly TimeProvider _clock;
    private readonly int _fileCount;
    private readonly CourseRecordRows _records;
    private readonly UserReportRows _users;

    public IgotRun(ImportTransaction transaction, TrainingCatalog catalog, TimeProvider clock, int fileCount)
    {
        _transaction = transaction;
        _clock = clock;
        _fileCount = fileCount;
        var matcher = new IgotRowMatcher(new OfficerDirectory(transaction.Session.LoadOfficers(onRoster: true)), transaction);
        var records = new CourseRecordLedger(transaction, catalog);
        var profiles = new IgotProfileLedger(transaction);
        _records = new CourseRecordRows(transaction, catalog, matcher, profiles, records);
        _users = new UserReportRows(transaction, matcher, profiles);
    }

    public ImportResult Table(TableSource source, int fileIndex, CancellationToken cancellationToken)
    {
        _transaction.Problems.NextFile();
        var tally = new FileTally();
        ImportKind? kind = null;
        _transaction.Read(source, reader =>
        {
            if (IgotHeader.Find(source.Name, reader, _transaction) is { } header)
            {
                kind = header.Kind;
                ReadRows(source.Name, reader, header.Kind, header.Map, fileIndex, tally, cancellationToken);
            }
        });
        return _transaction.FileResult(source.Name, kind, tally);
    }

    private void ReadRows(string file, ITableReader reader, ImportKind kind, HeaderMap map, int fileIndex, FileTally tally, CancellationToken cancellationToken)
    {
        reader.Select(map.Wanted);
        var session = _transaction.Session;
        var importId = session.StartRun(file, kind, _clock.GetUtcNow());
        session.SetSource(file, importId);
        while (reader.Read(out var row))
        {
            tally.Rows++;
            _transaction.Tick(tally.Rows, reader, fileIndex, _fileCount, cancellationToken);
            if (!_transaction.CheckCells(file, row, map, reader))
            {
                continue;
            }

            var reported = kind == ImportKind.IgotUsers
                ? _users.Read(file, row, map, reader, tally, fileIndex)
                : _records.Read(file, row, map, reader, tally, fileIndex);
            if (reported is { } r)
            {
                tally.Reported(r);
            }
        }

        if (tally.OutsideZone > 0 && tally.Matched.Count == 0)
        {
            // Every officer outside the roster: the roster of another zone, or none of this one's, not a CBIC-wide export.
            _transaction.Fail(file, 0, string.Create(CultureInfo.InvariantCulture, $"none of its {tally.Rows:N0} rows is of an officer on the roster (by e-mail, phone or employee code): import this zone's roster first"));
        }

        if (!_transaction.Fatal)
        {
            var counts = tally.ToCounts(_transaction.Problems.RejectedRows);
            session.FinishRun(importId, counts, tally.ReportedAt);
            if (_transaction.Writing && counts.Added + counts.Updated > 0 && kind != ImportKind.IgotUsers)
            {
                session.RefreshProgressSummaries(importId);
            }
        }
    }
}
