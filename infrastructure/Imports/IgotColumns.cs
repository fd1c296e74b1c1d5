namespace KarmayogiBot.Infrastructure.Imports;

/// <summary>
/// The columns of the iGOT MDO reports, every header generation (shared/data/igot/columns.txt): the fields
/// the import reads, with their spellings, and the other columns, known and not needed.
/// </summary>
internal static class IgotColumns
{
    public const string Email = "Email";
    public const string Phone = "Phone";
    public const string Name = "Name";
    public const string Designation = "Designation";
    public const string Group = "Group";
    public const string Course = "Course";
    public const string Status = "Status";
    public const string Percent = "Percent";
    public const string CompletedOn = "CompletedOn";
    public const string CertificateId = "CertificateId";
    public const string ReportedAt = "ReportedAt";
    public const string EmployeeId = "EmployeeId";
    public const string ProfileStatus = "ProfileStatus";

    /// <summary>Live_CBP_Plan_Mandate (since 2024-03-20): whether iGOT counts the enrolment for a live CBP plan allotted to the officer.</summary>
    public const string PlanMandate = "PlanMandate";

    /// <summary>ConsumptionReport.csv: Content_* (since 2024-03-18) and CBP_* (before), with or without the cadre columns and a trailing mdoid.</summary>
    public static IReadOnlyDictionary<string, string[]> Consumption { get; } = new Dictionary<string, string[]>
    {
        [Email] = ["Email"],
        [Phone] = ["Phone_Number"],
        [Name] = ["Full_Name"],
        [Designation] = ["Designation"],
        [Group] = ["Group"],
        [Course] = ["Content_Name", "CBP_Name"],
        [Status] = ["Status"],
        [Percent] = ["Content_Progress_Percentage", "CBP_Progress_Percentage"],
        [CompletedOn] = ["Completed_On"],
        [CertificateId] = ["Certificate_ID"],
        [ReportedAt] = ["Report_Last_Generated_On"],
        [PlanMandate] = ["Live_CBP_Plan_Mandate"],
    };

    public static IReadOnlyList<string> ConsumptionOther { get; } =
    [
        "MDO_Name", "Tag", "Ministry", "Department", "Organization", "Cadre", "Civil Service Type", "Civil Services", "Cadre Batch",
        "Is From Organised Service of Govt", "Content_Provider", "CBP_Provider", "Content_Type", "CBP_Type", "Content_Duration",
        "CBP_Duration", "Batch_Id", "Batch_Name", "Batch_Start_Date", "Batch_End_Date", "Enrolled_On", "Last_Published_On",
        "Content_Retired_On", "CBP_Retired_On", "Certificate_Generated", "User_Rating", "Gender", "Category", "External_System",
        "External_System_Id", "mdoid",
    ];

    /// <summary>UserReport.csv, PySpark and Scala generations.</summary>
    public static IReadOnlyDictionary<string, string[]> Users { get; } = new Dictionary<string, string[]>
    {
        [Email] = ["Email"],
        [Phone] = ["Phone_Number"],
        [Name] = ["Full_Name"],
        [Designation] = ["Designation"],
        [Group] = ["Group"],
        [EmployeeId] = ["Employee_Id"],
        [ProfileStatus] = ["Profile_Status"],
        [ReportedAt] = ["Report_Last_Generated_On"],
    };

    public static IReadOnlyList<string> UsersOther { get; } =
    [
        "MDO_Name", "Tag", "Ministry", "Department", "Organization", "User_Registration_Date", "Cadre", "Civil Service Type",
        "Civil Services", "Cadre Batch", "Is From Organised Service of Govt", "Roles", "Gender", "Category", "External_System",
        "External_System_Id", "MDO_Created_On", "weekly_claps_day_before_yesterday", "Karma_Points", "Event_Enrolments",
        "Event_Completions", "Event_Learning_Hours", "Course_Enrolments", "Course_Completions", "Course_Learning_Hours",
        "Total_Enrolments", "Total_Completions", "Total_Learning_Hours", "Verified Karmayogi", "mdoid",
    ];

    /// <summary>CBPEnrollmentReport.csv, PySpark and Scala generations.</summary>
    public static IReadOnlyDictionary<string, string[]> CbpEnrolment { get; } = new Dictionary<string, string[]>
    {
        [Email] = ["Email"],
        [Phone] = ["Phone"],
        [Name] = ["Name"],
        [Designation] = ["Designation"],
        [Group] = ["Group"],
        [Course] = ["Name of CBP Allocated Course"],
        [Status] = ["Current Progress"],
        [CompletedOn] = ["Actual Date of Completion"],
        [ReportedAt] = ["Report_Last_Generated_On"],
    };

    public static IReadOnlyList<string> CbpEnrolmentOther { get; } =
    [
        "MDO_Name", "Ministry", "Department", "Organization", "Cadre", "Civil Service Type", "Civil Services", "Cadre Batch",
        "Is From Organised Service of Govt", "isapar", "Allocated On", "Due Date of Completion", "mdoid",
    ];
}
