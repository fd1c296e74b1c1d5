using KarmayogiBot.Domain.Catalog;
using KarmayogiBot.Domain.Designations;
using KarmayogiBot.Domain.Officers;
using KarmayogiBot.Infrastructure.Imports.Tables;
using KarmayogiBot.Infrastructure.Storage;

namespace KarmayogiBot.Infrastructure.Imports;

/// <summary>
/// A roster row: one officer, keyed by employee code. An employee code or e-mail met twice in the file rejects the
/// later row; what the row leaves out (role, Entra object id, reporting officer when the file has no such column) is kept
/// from the stored officer. An officer cannot report to themselves.
/// </summary>
internal sealed class RosterRows(ImportTransaction transaction, FormationResolver formations)
{
    private readonly Dictionary<string, (int Row, ulong Fingerprint)> _codes = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int> _emails = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _conflicts = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Employee codes met on rows that are not copies of each other: the later rows, by code.</summary>
    public IReadOnlyDictionary<string, List<int>> Conflicts => _conflicts;

    /// <summary>The row's officer; null when the row was rejected.</summary>
    public Officer? Read(string file, in TableRow row, HeaderMap map, ITableReader reader, IReadOnlyDictionary<string, Officer> existing)
    {
        if (map.ShapeProblem(row) is { } shape)
        {
            return Reject(file, row, reader, shape);
        }

        var code = Field(row, map, RosterColumns.EmployeeCode);
        if (code is null)
        {
            return Reject(file, row, reader, "no employee code");
        }

        if (_codes.TryGetValue(code, out var seen))
        {
            if (seen.Fingerprint != row.Fingerprint)
            {
                (_conflicts.TryGetValue(code, out var later) ? later : _conflicts[code] = []).Add(row.Number);
            }

            return Reject(file, row, reader, seen.Fingerprint == row.Fingerprint ? $"duplicate of row {seen.Row}" : $"employee code {code} is also on row {seen.Row}", code);
        }

        _codes[code] = (row.Number, row.Fingerprint);
        var name = Field(row, map, RosterColumns.Name);
        var designation = Field(row, map, RosterColumns.Designation);
        if (name is null || designation is null)
        {
            return Reject(file, row, reader, name is null ? "no name" : "no designation", code);
        }

        var email = Field(row, map, RosterColumns.Email);
        if (email is not null && (!email.Contains('@') || email.Contains(' ')))
        {
            return Reject(file, row, reader, "the e-mail column does not hold an e-mail address (no @, or a space in it)", code);
        }

        if (OfficerKeys.Email(email) is { } emailKey)
        {
            if (_emails.TryGetValue(emailKey, out var other))
            {
                return Reject(file, row, reader, $"the same e-mail address is also on row {other}", code);
            }

            _emails[emailKey] = row.Number;
        }

        existing.TryGetValue(code, out var known);
        var role = known?.Role ?? ProductRole.Officer;
        if (map.Has(RosterColumns.Role))
        {
            var roleText = Field(row, map, RosterColumns.Role);
            if (roleText is null)
            {
                role = ProductRole.Officer;
            }
            else if (!Enum.TryParse(roleText, ignoreCase: true, out role) || !Enum.IsDefined(role))
            {
                return Reject(file, row, reader, $"role {ProblemText.Quote(roleText)} is not Officer, Nodal or Admin", code);
            }
        }

        var reportsTo = map.Has(RosterColumns.ReportingOfficer) ? Field(row, map, RosterColumns.ReportingOfficer) : known?.ReportsTo;
        if (reportsTo is not null && string.Equals(reportsTo, code, StringComparison.OrdinalIgnoreCase))
        {
            return Reject(file, row, reader, $"officer {code} cannot be their own reporting officer");
        }

        var formation = Field(row, map, RosterColumns.Formation);
        return new Officer(
            code,
            name,
            designation,
            formation,
            Field(row, map, RosterColumns.Zone),
            formations.Resolve(formation),
            email,
            Field(row, map, RosterColumns.Mobile),
            role,
            Field(row, map, RosterColumns.AadObjectId) ?? known?.AadObjectId,
            known?.TeamsUserId,
            reportsTo);
    }

    private static string? Field(in TableRow row, HeaderMap map, string name) =>
        map.Has(name) && row.Get(map[name]).Trim() is { Length: > 0 } text ? text : null;

    private Officer? Reject(string file, in TableRow row, ITableReader reader, string reason, string? employeeCode = null)
    {
        transaction.Reject(file, row, reader, reason, employeeCode);
        return null;
    }
}
