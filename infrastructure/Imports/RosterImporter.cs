using KarmayogiBot.Domain.Catalog;
using KarmayogiBot.Domain.Compliance;
using KarmayogiBot.Domain.Designations;
using KarmayogiBot.Domain.Officers;
using KarmayogiBot.Domain.Time;
using KarmayogiBot.Infrastructure.Imports.Tables;
using KarmayogiBot.Infrastructure.Storage;
using Microsoft.Extensions.Logging;

namespace KarmayogiBot.Infrastructure.Imports;

/// <summary>
/// Imports the zone's HR roster (.csv or .xlsx): Employee Code, Name, Designation, Formation, Zone, Email,
/// Mobile, optional Role and AadObjectId, under any of the circulars' header spellings. Officers are keyed
/// by employee code; officers missing from the file are kept. One transaction: any bad row and nothing
/// changes, unless <see cref="ImportOptions.AcceptPartial"/>.
/// </summary>
public sealed class RosterImporter(KarmayogiDatabase database, TrainingCatalog catalog, TimeProvider clock, ILogger<RosterImporter> logger)
{
    private readonly FormationResolver _formations = new(catalog);
    private readonly StandingEvaluator _evaluator = new(catalog);

    public async Task<ImportOutcome> ImportAsync(string path, ImportOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= ImportOptions.Default;
        if (!File.Exists(path))
        {
            throw new ImportException($"{path}: no such file");
        }

        var source = TableFiles.Single(path);
        using var problems = new ProblemLog(options.RejectsPath);
        await using var session = await ImportSession.BeginAsync(database, cancellationToken).ConfigureAwait(false);
        var existing = session.LoadOfficers().ToDictionary(o => o.Officer.EmployeeCode, o => o.Officer, StringComparer.OrdinalIgnoreCase);
        var fatal = false;
        int rows = 0, added = 0, updated = 0, unchanged = 0, matched = 0;
        try
        {
            using var reader = source.Open();
            var map = FindHeader(source.Name, reader, problems, options, out fatal);
            if (map is not null)
            {
                reader.Select(map.Wanted);
                var importId = session.StartRun(source.Name, ImportKind.Roster, clock.GetUtcNow());
                var codes = new Dictionary<string, (int Row, ulong Fingerprint)>(StringComparer.OrdinalIgnoreCase);
                var emails = new Dictionary<string, int>(StringComparer.Ordinal);
                while (reader.Read(out var row))
                {
                    rows++;
                    if (rows % 8192 == 0)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        options.Progress?.Invoke(reader.Progress);
                    }

                    var officer = ReadOfficer(source.Name, row, map, reader, problems, existing, codes, emails);
                    if (officer is null)
                    {
                        continue;
                    }

                    if (existing.TryGetValue(officer.EmployeeCode, out var known))
                    {
                        matched++;
                        if (known == officer)
                        {
                            unchanged++;
                            continue;
                        }

                        updated++;
                    }
                    else
                    {
                        added++;
                    }

                    existing[officer.EmployeeCode] = officer;
                    if (problems.Total == 0 || options.AcceptPartial)
                    {
                        session.UpsertOfficer(officer, clock.GetUtcNow());
                    }
                }

                var counts = new ImportCounts(rows, matched, 0, added, updated, unchanged, problems.RejectedRows, 0);
                session.FinishRun(importId, counts, null);
            }
        }
        catch (IOException e)
        {
            fatal = true;
            problems.Add(new ImportProblem(source.Name, 0, $"cannot be read: {e.Message}"), rejectsRow: false);
        }
        catch (Exception e) when (e is ExcelDataReader.Exceptions.ExcelReaderException or InvalidDataException)
        {
            fatal = true;
            problems.Add(new ImportProblem(source.Name, 0, $"is not a readable workbook: {e.Message}"), rejectsRow: false);
        }

        var commit = !fatal && (problems.Total == 0 || options.AcceptPartial);
        if (commit)
        {
            await session.RefreshStandingsAsync(_evaluator, IndiaCalendar.Today(clock), cancellationToken).ConfigureAwait(false);
            await session.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        var result = new ImportResult(
            source.Name, ImportKind.Roster, new ImportCounts(rows, matched, 0, added, updated, unchanged, problems.RejectedRows, 0), null,
            problems.NextFile(), problems.Total);
        logger.LogInformation(
            "Roster import of {File} {Outcome}: {Rows} rows, {Added} added, {Updated} updated, {Unchanged} unchanged, {Problems} problems",
            source.Name, commit ? "committed" : "rolled back", rows, added, updated, unchanged, result.ProblemCount);
        options.Progress?.Invoke(1.0);
        return new ImportOutcome([result], commit, problems.Written ? options.RejectsPath : null, []);
    }

    private static HeaderMap? FindHeader(string file, ITableReader reader, ProblemLog problems, ImportOptions options, out bool fatal)
    {
        fatal = false;
        for (var tries = 0; tries < 10 && reader.Read(out var row); tries++)
        {
            if (row.Problem is not null)
            {
                continue;
            }

            var map = new HeaderMap(row.Fields.Select(f => f ?? "").ToList(), RosterColumns.Fields, RosterColumns.Ignored);
            if (!map.Has(RosterColumns.EmployeeCode) && !map.Has(RosterColumns.Name))
            {
                continue; // a title row above the header
            }

            var missing = RosterColumns.Required.Where(f => !map.Has(f)).Select(f => RosterColumns.Fields[f][0]).ToList();
            if (!map.Has(RosterColumns.Email) && !map.Has(RosterColumns.Mobile))
            {
                missing.Add("Email (or Mobile)");
            }

            if (missing.Count > 0)
            {
                fatal = true;
                problems.Add(new ImportProblem(file, row.Number, $"required column{(missing.Count > 1 ? "s" : "")} missing: {string.Join(", ", missing)}"), rejectsRow: false);
                return null;
            }

            if (map.Duplicates.Count > 0)
            {
                fatal = true;
                problems.Add(new ImportProblem(file, row.Number, $"column '{map.Duplicates[0]}' appears twice"), rejectsRow: false);
                return null;
            }

            foreach (var unknown in map.Unknown)
            {
                problems.Add(new ImportProblem(file, row.Number, $"unknown column '{unknown}'{(options.AcceptPartial ? "; ignored" : "")}"), rejectsRow: false);
            }

            return map;
        }

        fatal = true;
        problems.Add(new ImportProblem(file, 1, "no header row with Employee Code, Name and Designation in the first rows"), rejectsRow: false);
        return null;
    }

    private Officer? ReadOfficer(
        string file, TableRow row, HeaderMap map, ITableReader reader, ProblemLog problems, Dictionary<string, Officer> existing,
        Dictionary<string, (int Row, ulong Fingerprint)> codes, Dictionary<string, int> emails)
    {
        Officer? Reject(string reason)
        {
            problems.Add(new ImportProblem(file, row.Number, reason, reader.RawText));
            return null;
        }

        if (row.Problem is not null)
        {
            return Reject(row.Problem);
        }

        if (row.FieldCount != map.Header.Count)
        {
            return Reject($"the row has {row.FieldCount} fields, the header {map.Header.Count} (a separator or quote out of place?)");
        }

        string? Field(string name) => map.Has(name) && row.Get(map[name]).Trim() is { Length: > 0 } text ? text : null;

        var code = Field(RosterColumns.EmployeeCode);
        if (code is null)
        {
            return Reject("no employee code");
        }

        if (codes.TryGetValue(code, out var seen))
        {
            return Reject(seen.Fingerprint == row.Fingerprint ? $"duplicate of row {seen.Row}" : $"employee code {code} is also on row {seen.Row}");
        }

        codes[code] = (row.Number, row.Fingerprint);
        var name = Field(RosterColumns.Name);
        var designation = Field(RosterColumns.Designation);
        if (name is null || designation is null)
        {
            return Reject(name is null ? "no name" : "no designation");
        }

        var email = Field(RosterColumns.Email);
        if (email is not null && (!email.Contains('@') || email.Contains(' ')))
        {
            return Reject($"'{email}' is not an e-mail address");
        }

        if (OfficerKeys.Email(email) is { } emailKey)
        {
            if (emails.TryGetValue(emailKey, out var other))
            {
                return Reject($"e-mail {email} is also on row {other}");
            }

            emails[emailKey] = row.Number;
        }

        existing.TryGetValue(code, out var known);
        var role = known?.Role ?? ProductRole.Officer;
        if (map.Has(RosterColumns.Role))
        {
            var roleText = Field(RosterColumns.Role);
            if (roleText is null)
            {
                role = ProductRole.Officer;
            }
            else if (!Enum.TryParse(roleText, ignoreCase: true, out role) || !Enum.IsDefined(role))
            {
                return Reject($"role '{roleText}' is not Officer, Nodal or Admin");
            }
        }

        var formation = Field(RosterColumns.Formation);
        return new Officer(
            code,
            name,
            designation,
            formation,
            Field(RosterColumns.Zone),
            _formations.Resolve(formation),
            email,
            Field(RosterColumns.Mobile),
            role,
            Field(RosterColumns.AadObjectId) ?? known?.AadObjectId,
            known?.TeamsUserId);
    }
}
