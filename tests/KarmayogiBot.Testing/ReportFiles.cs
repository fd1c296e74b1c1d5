using System.Text;

namespace KarmayogiBot.Testing;

/// <summary>Writes roster and iGOT report files for tests, in any header generation, separator and encoding.</summary>
public static class ReportFiles
{
    public static readonly string RosterHeader = "Sl. No,Employee Code,Name of the Officer,Designation,Formation,Zone,Gov e-mail ID,Contact Number,Role,AadObjectId";

    /// <summary>Three officers of a Chennai zone: a Superintendent (CGST), an Assistant Commissioner (Customs) and a Tax Assistant.</summary>
    public static readonly string[] RosterRows =
    [
        "1,CB1,Asha Rao,Superintendent,CGST Chennai North Commissionerate,Chennai CGST Zone,asha.rao@example.gov.in,9000000001,Officer,",
        "2,CB2,Vijay Iyer,Assistant Commissioner,Chennai Customs (Seaport),Chennai CGST Zone,Vijay.Iyer@Example.gov.in,+91 90000 00002,Nodal,",
        "3,CB3,Meena Das,Tax Assistant,CGST Audit-I Chennai,Chennai CGST Zone,meena.das@example.gov.in,9000000003,Officer,",
    ];

    public static string Roster(string path, params string[] extraRows)
    {
        File.WriteAllLines(path, [RosterHeader, .. RosterRows, .. extraRows], new UTF8Encoding(false));
        return path;
    }

    public static string Text(string[] header, IEnumerable<Progress> rows, char separator = ',') =>
        string.Join("\r\n", new[] { string.Join(separator, header.Select(h => Escape(h, separator))) }
            .Concat(rows.Select(r => string.Join(separator, header.Select(h => Escape(Value(h, r), separator)))))) + "\r\n";

    public static string Write(string path, string[] header, IEnumerable<Progress> rows, Encoding? encoding = null, char separator = ',')
    {
        File.WriteAllText(path, Text(header, rows, separator), encoding ?? new UTF8Encoding(false));
        return path;
    }

    public static string Value(string column, Progress row) => column switch
    {
        "Full_Name" or "Name" => row.Name,
        "Designation" => row.Designation,
        "Email" => row.Email,
        "Phone_Number" or "Phone" => row.Phone,
        "MDO_Name" or "Organization" => "Central Board of Indirect Taxes and Customs",
        "Group" => "GROUP B",
        "Ministry" => "Ministry of Finance",
        "Department" => "Department of Revenue",
        "Content_Provider" or "CBP_Provider" => "NACIN",
        "Content_Name" or "CBP_Name" or "Name of CBP Allocated Course" => row.Course,
        "Content_Type" or "CBP_Type" => "Course",
        "Content_Duration" or "CBP_Duration" => "01:30:00",
        "Status" => row.Status,
        "Current Progress" => row.Status switch { "completed" => "Completed", "in-progress" => "In Progress", "not-started" => "Not Started", _ => row.Status },
        "Content_Progress_Percentage" or "CBP_Progress_Percentage" => row.Percent,
        "Completed_On" => row.CompletedOn,
        "Actual Date of Completion" => row.CompletedOn.Length >= 10 ? row.CompletedOn[..10] : row.CompletedOn,
        "Certificate_ID" => row.Certificate,
        "Certificate_Generated" => row.Status == "completed" ? "Yes" : "No",
        "Report_Last_Generated_On" => row.Reported,
        "Live_CBP_Plan_Mandate" => row.Mandate,
        "mdoid" => "01376822290813747263",
        "Employee_Id" => row.EmployeeId,
        "Profile_Status" => row.ProfileStatus,
        "Enrolled_On" => "2025-10-01 10:00:00",
        _ => "",
    };

    private static string Escape(string value, char separator) =>
        value.Contains(separator) || value.Contains('"') || value.Contains('\n') ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
}
