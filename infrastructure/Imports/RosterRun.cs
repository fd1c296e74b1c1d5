using KarmayogiBot.Domain.Designations;
using KarmayogiBot.Domain.Officers;
using KarmayogiBot.Infrastructure.Imports.Tables;
using KarmayogiBot.Infrastructure.Storage;

namespace KarmayogiBot.Infrastructure.Imports;

/// <summary>
/// One roster import: the header, then each row's officer added, updated or left as stored; a full roster then marks the
/// officers of its zones it left out transferred out. The officers are written when the whole file is read: an employee
/// code on two rows that differ rejects both (which of them is that officer cannot be told), so neither renames an
/// officer. A designation the plan does not know is imported with a warning.
/// </summary>
internal sealed class RosterRun : ITableImport
{
    private const int NearestShown = 3;

    private readonly ImportTransaction _transaction;
    private readonly FormationResolver _formations;
    private readonly DesignationResolver? _designations;
    private readonly TimeProvider _clock;
    private readonly Dictionary<string, long> _ids;
    private readonly Dictionary<string, Officer> _existing;

    public RosterRun(ImportTransaction transaction, FormationResolver formations, DesignationResolver? designations, TimeProvider clock)
    {
        _transaction = transaction;
        _formations = formations;
        _designations = designations;
        _clock = clock;
        var stored = transaction.Session.LoadOfficers();
        _ids = stored.ToDictionary(o => o.Officer.EmployeeCode, o => o.Id, StringComparer.OrdinalIgnoreCase);
        _existing = stored.ToDictionary(o => o.Officer.EmployeeCode, o => o.Officer, StringComparer.OrdinalIgnoreCase);
    }

    public ImportResult Table(TableSource source, int fileIndex, CancellationToken cancellationToken)
    {
        var tally = new FileTally();
        _transaction.Read(source, reader =>
        {
            if (FindHeader(source.Name, reader) is { } map)
            {
                ReadRows(source.Name, reader, map, tally, cancellationToken);
            }
        });
        return _transaction.FileResult(source.Name, ImportKind.Roster, tally);
    }

    private void ReadRows(string file, ITableReader reader, HeaderMap map, FileTally tally, CancellationToken cancellationToken)
    {
        reader.Select(map.Wanted);
        var importId = _transaction.Session.StartRun(file, ImportKind.Roster, _clock.GetUtcNow());
        var rows = new RosterRows(_transaction, _formations);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var zones = new HashSet<string>(StringComparer.Ordinal);
        var read = new List<(Officer Officer, int Row, string Raw)>();
        while (reader.Read(out var row))
        {
            tally.Rows++;
            _transaction.Tick(tally.Rows, reader, 0, 1, cancellationToken);
            if (!_transaction.CheckCells(file, row, map, reader))
            {
                continue;
            }

            if (rows.Read(file, row, map, reader, _existing) is { } officer)
            {
                read.Add((officer, row.Number, reader.RawText));
            }
        }

        foreach (var (officer, row, raw) in read)
        {
            seen.Add(officer.EmployeeCode); // on the roster, even when which row is theirs cannot be told
            if (OfficerKeys.Name(officer.Zone) is { } zone)
            {
                zones.Add(zone);
            }

            if (rows.Conflicts.TryGetValue(officer.EmployeeCode, out var later))
            {
                _transaction.Reject(file, row, raw,
                    $"employee code {officer.EmployeeCode} is also on row{(later.Count > 1 ? "s" : "")} {string.Join(", ", later)}: neither row is imported", officer.EmployeeCode);
                continue;
            }

            WarnIfUnknown(file, row, officer);
            if (_existing.TryGetValue(officer.EmployeeCode, out var known))
            {
                if (_ids.TryGetValue(officer.EmployeeCode, out var id))
                {
                    tally.Matched.Add(id);
                }

                if (known == officer)
                {
                    tally.Count(RowOutcome.None, RowOutcome.Unchanged);
                    continue;
                }

                tally.Count(RowOutcome.None, RowOutcome.Updated);
            }
            else
            {
                tally.Count(RowOutcome.None, RowOutcome.Added);
            }

            _existing[officer.EmployeeCode] = officer;
            if (_transaction.Writing)
            {
                _transaction.Session.UpsertOfficer(officer, _clock.GetUtcNow());
            }
        }

        if (!_transaction.Options.PartialRoster && !_transaction.Fatal)
        {
            TransferOut(seen, zones, tally);
        }

        _transaction.Session.FinishRun(importId, tally.ToCounts(_transaction.Problems.RejectedRows), null);
    }

    /// <summary>
    /// A full roster names every officer of its zones: an officer of one of them it leaves out has been transferred out
    /// (kept, with their history, out of the zone's figures, lists and nudges). Officers of other zones are not touched.
    /// </summary>
    private void TransferOut(HashSet<string> seen, HashSet<string> zones, FileTally tally)
    {
        foreach (var (code, officer) in _existing.ToList())
        {
            if (seen.Contains(code) || OfficerKeys.Name(officer.Zone) is not { } zone || !zones.Contains(zone) || !_ids.TryGetValue(code, out var id))
            {
                continue;
            }

            tally.TransferredOut++;
            _existing[code] = officer with { Zone = null };
            if (_transaction.Writing)
            {
                _transaction.Session.TransferOut(id, _clock.GetUtcNow());
            }
        }
    }

    /// <summary>A designation the plan in force does not know: the officer is imported with role not known (as the summary shows them).</summary>
    private void WarnIfUnknown(string file, int row, Officer officer)
    {
        if (_designations?.Resolve(officer.Designation, officer.Formation, officer.Wing) is UnknownDesignation unknown)
        {
            var nearest = unknown.Suggestions.Count > 0 ? unknown.Suggestions : _designations.Nearest(officer.Designation, NearestShown);
            _transaction.Warn(file, row,
                $"designation {ProblemText.Quote(officer.Designation)} is not one the training plan knows (nearest: {string.Join(", ", nearest)}); imported with role not known",
                officer.EmployeeCode);
        }
    }

    private HeaderMap? FindHeader(string file, ITableReader reader)
    {
        foreach (var (number, header) in HeaderSearch.Candidates(reader))
        {
            var map = new HeaderMap(header, RosterColumns.Fields, RosterColumns.Ignored);
            if (!map.Has(RosterColumns.EmployeeCode) && !map.Has(RosterColumns.Name))
            {
                continue; // a title row above the header
            }

            var missing = RosterColumns.Required.Where(f => !map.Has(f)).Select(f => RosterColumns.Fields[f][0]).ToList();
            if (!map.Has(RosterColumns.Email) && !map.Has(RosterColumns.Mobile))
            {
                missing.Add("Email (or Mobile)");
            }

            return _transaction.CheckHeader(file, number, map, missing, "") ? map : null;
        }

        _transaction.Fail(file, 1, "no header row with Employee Code, Name and Designation in the first rows");
        return null;
    }
}
