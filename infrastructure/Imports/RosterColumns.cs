namespace KarmayogiBot.Infrastructure.Imports;

/// <summary>The roster's columns, with the spellings of the circulars' report formats.</summary>
internal static class RosterColumns
{
    public const string EmployeeCode = "EmployeeCode";
    public const string Name = "Name";
    public const string Designation = "Designation";
    public const string Formation = "Formation";
    public const string Zone = "Zone";
    public const string Email = "Email";
    public const string Mobile = "Mobile";
    public const string Role = "Role";
    public const string AadObjectId = "AadObjectId";
    public const string ReportingOfficer = "ReportingOfficer";

    public static IReadOnlyDictionary<string, string[]> Fields { get; } = new Dictionary<string, string[]>
    {
        [EmployeeCode] = ["Employee Code", "Employee ID", "Emp Code", "Emp ID", "Employee No", "Employee Number", "HRMS ID", "HRMS Code"],
        [Name] = ["Name", "Name of the Officer", "Name of Officer", "Officer Name", "Name of the Employee", "Employee Name", "Full Name"],
        [Designation] = ["Designation"],
        [Formation] = ["Formation", "Commissionerate", "Office", "Place of Posting", "Posted At"],
        [Zone] = ["Zone"],
        [Email] = ["Email", "E-mail", "Email ID", "E-mail ID", "Gov e-mail ID", "Government e-mail ID", "Gov Email", "Official e-mail ID", "Email Address"],
        [Mobile] = ["Mobile", "Mobile No", "Mobile Number", "Contact Number", "Contact No", "Phone", "Phone Number"],
        [Role] = ["Role", "Product Role"],
        [AadObjectId] = ["AadObjectId", "Object ID", "Entra Object ID", "Azure AD Object ID"],
        [ReportingOfficer] = ["Reporting Officer", "Reporting Officer Code", "Reporting Officer Employee Code", "Reporting Officer ID", "Reports To", "Supervisor Code"],
    };

    public static IReadOnlyList<string> Ignored { get; } = ["Sl. No", "S. No", "Sr. No", "Serial No", "Sl No."];

    public static IReadOnlyList<string> Required { get; } = [EmployeeCode, Name, Designation];
}
