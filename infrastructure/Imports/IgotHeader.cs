using KarmayogiBot.Domain.Officers;
using KarmayogiBot.Infrastructure.Imports.Tables;

namespace KarmayogiBot.Infrastructure.Imports;

/// <summary>
/// Which iGOT report a file is, told by its header (ConsumptionReport, CBPEnrollmentReport or UserReport, any header
/// generation), and where its columns are. The reports this import does not read are named, so the nodal officer
/// knows which one to take instead.
/// </summary>
internal static class IgotHeader
{
    /// <summary>The report and its columns; null (with the reason given to <paramref name="transaction"/>) when the file cannot be imported.</summary>
    public static (ImportKind Kind, HeaderMap Map)? Find(string file, ITableReader reader, ImportTransaction transaction)
    {
        foreach (var (number, header) in HeaderSearch.Candidates(reader))
        {
            var keys = header.Select(HeaderMap.Key).ToHashSet(StringComparer.Ordinal);
            if (keys.Contains("numberofcbpcoursesallocated"))
            {
                return Fail(transaction, file, number, "this is CBPUserSummaryReport: it has counts, not each course; import ConsumptionReport.csv (or CBPEnrollmentReport.csv)");
            }

            if (keys.Contains("contentstatus") && !keys.Contains("email"))
            {
                return Fail(transaction, file, number, "this is ContentReport: it is per course, not per officer; import ConsumptionReport.csv");
            }

            if (KindOf(keys) is not { } kind)
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
            return transaction.CheckHeader(file, number, map, Missing(kind, map), " (not in any iGOT report generation known)") ? (kind, map) : null;
        }

        return Fail(transaction, file, 1, "not an iGOT report this import reads: no header with Content_Name or CBP_Name (ConsumptionReport), 'Name of CBP Allocated Course' (CBPEnrollmentReport) or Profile_Status (UserReport) in the first rows");
    }

    private static ImportKind? KindOf(HashSet<string> keys) =>
        keys.Contains("contentname") || keys.Contains("cbpname") ? ImportKind.IgotConsumption
        : keys.Contains("nameofcbpallocatedcourse") ? ImportKind.IgotCbpEnrolment
        : keys.Contains("profilestatus") || keys.Contains("userregistrationdate") || (keys.Contains("fullname") && keys.Contains("reportlastgeneratedon")) ? ImportKind.IgotUsers
        : null;

    private static List<string> Missing(ImportKind kind, HeaderMap map)
    {
        var missing = new List<string>();
        if (!map.Has(IgotColumns.Email) && !map.Has(IgotColumns.Phone) && !(kind == ImportKind.IgotUsers && map.Has(IgotColumns.EmployeeId)))
        {
            missing.Add(kind == ImportKind.IgotCbpEnrolment ? "Email (or Phone)" : "Email (or Phone_Number)");
        }

        foreach (var (field, spelling) in RequiredOf(kind))
        {
            if (!map.Has(field))
            {
                missing.Add(spelling);
            }
        }

        return missing;
    }

    private static IEnumerable<(string Field, string Spelling)> RequiredOf(ImportKind kind) => kind switch
    {
        ImportKind.IgotConsumption => [(IgotColumns.Course, "Content_Name"), (IgotColumns.Status, "Status"), (IgotColumns.ReportedAt, "Report_Last_Generated_On")],
        ImportKind.IgotCbpEnrolment => [(IgotColumns.Course, "Name of CBP Allocated Course"), (IgotColumns.Status, "Current Progress"), (IgotColumns.ReportedAt, "Report_Last_Generated_On")],
        _ => [(IgotColumns.Designation, "Designation"), (IgotColumns.ReportedAt, "Report_Last_Generated_On")],
    };

    private static (ImportKind, HeaderMap)? Fail(ImportTransaction transaction, string file, int row, string reason)
    {
        transaction.Fail(file, row, reason);
        return null;
    }
}
