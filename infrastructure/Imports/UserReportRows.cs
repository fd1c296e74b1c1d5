using KarmayogiBot.Infrastructure.Imports.Tables;

namespace KarmayogiBot.Infrastructure.Imports;

/// <summary>A UserReport row: one officer's iGOT profile (found by e-mail, phone or the report's Employee_Id).</summary>
internal sealed class UserReportRows(ImportTransaction transaction, IgotRowMatcher matcher, IgotProfileLedger profiles)
{
    /// <summary>The row's report time; null when the row was rejected.</summary>
    public DateTime? Read(string file, in TableRow row, HeaderMap map, ITableReader reader, FileTally tally, int fileIndex)
    {
        var employeeId = map.Has(IgotColumns.EmployeeId) ? row.Get(map[IgotColumns.EmployeeId]) : null;
        if (!matcher.TryMatch(file, row, map, reader, tally, employeeId, out var officer, out var reported))
        {
            return null;
        }

        if (profiles.Find(officer) is { } known && known.File == fileIndex && known.Fingerprint == row.Fingerprint)
        {
            transaction.Reject(file, row, reader, $"duplicate of row {known.SeenRow}", employeeId);
            return null;
        }

        var state = profiles.Apply(row, map, officer, reported, fileIndex, tally);
        state.SeenRow = row.Number;
        state.Fingerprint = row.Fingerprint;
        return reported;
    }
}
