namespace KarmayogiBot.Testing;

/// <summary>The header generations of the iGOT reports, as shared/data/igot/columns.txt lists them.</summary>
public static class IgotHeaders
{
    private static readonly string[] Cadre = ["Cadre", "Civil Service Type", "Civil Services", "Cadre Batch", "Is From Organised Service of Govt"];

    /// <summary>A1: PySpark, with cadre columns (2025-10), mdoid selected before Certificate_ID.</summary>
    public static readonly string[] ConsumptionA1 =
    [
        "Full_Name", "Designation", "Email", "Phone_Number", "MDO_Name", "Group", "Tag", "Ministry", "Department", "Organization",
        "Cadre", "Civil Service Type", "Civil Services", "Cadre Batch", "Is From Organised Service of Govt", "Content_Provider",
        "Content_Name", "Content_Type", "Content_Duration", "Batch_Id", "Batch_Name", "Batch_Start_Date", "Batch_End_Date",
        "Enrolled_On", "Status", "Content_Progress_Percentage", "Last_Published_On", "Content_Retired_On", "Completed_On",
        "Certificate_Generated", "User_Rating", "Gender", "Category", "External_System", "External_System_Id", "mdoid",
        "Certificate_ID", "Report_Last_Generated_On", "Live_CBP_Plan_Mandate",
    ];

    /// <summary>A1 as the MDO file has it when the partition column is dropped (zonegen's header).</summary>
    public static readonly string[] ConsumptionA1NoMdoid = ConsumptionA1.Where(c => c != "mdoid").ToArray();

    /// <summary>A1 with mdoid re-added by DuckDB as a trailing column.</summary>
    public static readonly string[] ConsumptionA1TrailingMdoid = [.. ConsumptionA1NoMdoid, "mdoid"];

    /// <summary>A2: before the cadre columns (2025-09).</summary>
    public static readonly string[] ConsumptionA2 = ConsumptionA1NoMdoid.Where(c => !Cadre.Contains(c)).ToArray();

    /// <summary>A3: Scala era (2024-08): no MDO_Name, no cadre columns.</summary>
    public static readonly string[] ConsumptionA3 = ConsumptionA2.Where(c => c != "MDO_Name").ToArray();

    /// <summary>A4: CBP_* names (before 2024-03-18), no Live_CBP_Plan_Mandate.</summary>
    public static readonly string[] ConsumptionA4 = ConsumptionA3
        .Where(c => c != "Live_CBP_Plan_Mandate")
        .Select(c => c.StartsWith("Content_", StringComparison.Ordinal) ? "CBP_" + c["Content_".Length..] : c)
        .ToArray();

    public static readonly string[] UsersB1 =
    [
        "Full_Name", "Designation", "Email", "Phone_Number", "MDO_Name", "Group", "Tag", "Ministry", "Department", "Organization",
        "User_Registration_Date", "Cadre", "Civil Service Type", "Civil Services", "Cadre Batch", "Is From Organised Service of Govt",
        "Roles", "Gender", "Category", "External_System", "External_System_Id", "Employee_Id", "MDO_Created_On", "Profile_Status",
        "weekly_claps_day_before_yesterday", "Karma_Points", "Event_Enrolments", "Event_Completions", "Event_Learning_Hours",
        "Course_Enrolments", "Course_Completions", "Course_Learning_Hours", "Total_Enrolments", "Total_Completions",
        "Total_Learning_Hours", "Report_Last_Generated_On",
    ];

    public static readonly string[] UsersB2 =
    [
        "Full_Name", "Designation", "Email", "Phone_Number", "Group", "Tag", "Ministry", "Department", "Organization",
        "User_Registration_Date", "Roles", "Gender", "Category", "External_System", "External_System_Id", "Report_Last_Generated_On",
        "MDO_Created_On", "Verified Karmayogi", "weekly_claps_day_before_yesterday",
    ];

    public static readonly string[] CbpEnrolmentC1 =
    [
        "Name", "Email", "Phone", "MDO_Name", "Group", "Designation", "Ministry", "Department", "Organization", "Cadre",
        "Civil Service Type", "Civil Services", "Cadre Batch", "Is From Organised Service of Govt", "Name of CBP Allocated Course",
        "isapar", "Allocated On", "Current Progress", "Due Date of Completion", "Actual Date of Completion", "Report_Last_Generated_On",
    ];

    public static readonly string[] CbpEnrolmentC2 =
    [
        "Name", "Email", "Phone", "Ministry", "Department", "Organization", "Group", "Designation", "Name of CBP Allocated Course",
        "Allocated On", "Current Progress", "Due Date of Completion", "Actual Date of Completion", "Report_Last_Generated_On",
    ];
}
