using KarmayogiBot.Domain.Officers;
using KarmayogiBot.Infrastructure.Imports.Tables;
using KarmayogiBot.Infrastructure.Storage;

namespace KarmayogiBot.Infrastructure.Imports;

/// <summary>
/// The checks every iGOT row passes before its own: the row reads against the header, names a roster officer
/// (<see cref="OfficerDirectory"/>) and says when the report was made. A row that names an officer by e-mail, phone or
/// employee code and matches no roster officer by any of them is an officer outside the zone (a CBIC-wide export holds
/// every zone's): counted and skipped, not rejected. A row naming nobody, or any row while the roster is empty, is
/// rejected.
/// </summary>
internal sealed class IgotRowMatcher(OfficerDirectory directory, ImportTransaction transaction)
{
    private string? _lastReportedText;
    private DateTime _lastReported;

    /// <summary>The row's officer and report time; false when the row was rejected.</summary>
    public bool TryMatch(string file, in TableRow row, HeaderMap map, ITableReader reader, FileTally tally, string? employeeId, out long officer, out DateTime reported)
    {
        officer = 0;
        reported = default;
        if (map.ShapeProblem(row) is { } shape)
        {
            transaction.Reject(file, row, reader, shape, employeeId);
            return false;
        }

        var email = map.Has(IgotColumns.Email) ? row.Get(map[IgotColumns.Email]) : null;
        var phone = map.Has(IgotColumns.Phone) ? row.Get(map[IgotColumns.Phone]) : null;
        if (directory.Match(email, phone, employeeId) is not { } id)
        {
            var who = OfficerKeys.Email(email) ?? OfficerKeys.Mobile(phone) ?? NullIfEmpty(employeeId?.Trim()) ?? "";
            tally.Unmatched.Add(who);
            if (who.Length > 0 && directory.Count > 0)
            {
                // Named, and by nothing the roster has: an officer of another zone in a CBIC-wide export, not a bad row.
                tally.OutsideZone++;
                return false;
            }

            transaction.Reject(file, row, reader, who.Length == 0
                ? "no e-mail or phone number to find the officer by"
                : $"no officer in the roster matches the row's {Describe(email, phone, employeeId)} (import the roster first, or add the officer to it)", employeeId);
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
            transaction.Reject(file, row, reader, $"Report_Last_Generated_On {ProblemText.Quote(reportedText)} is not a date and time", employeeId);
            return false;
        }

        tally.Matched.Add(id);
        officer = id;
        return true;
    }

    private static string Describe(string? email, string? phone, string? employeeId)
    {
        var parts = new List<string>();
        if (!string.IsNullOrWhiteSpace(email))
        {
            parts.Add("e-mail");
        }

        if (!string.IsNullOrWhiteSpace(phone))
        {
            parts.Add("phone");
        }

        if (!string.IsNullOrWhiteSpace(employeeId))
        {
            parts.Add("employee code");
        }

        return string.Join(" or ", parts);
    }

    private static string? NullIfEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;
}
