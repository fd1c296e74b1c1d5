using System.Globalization;
using System.Text;

namespace KarmayogiBot.Bot.Demo;

/// <summary>
/// A small demo zone (invented names) that makes every kind of answer show: the Agents Playground's default
/// user (alexw@example.com) with part of the plan done, botcheck's demo users (an Inspector who has not passed
/// the assessment and has the wrong iGOT designation, a Superintendent of Customs with nothing done, a nodal
/// Joint Commissioner), and thirty more officers for the zone summary. Written in the real file formats
/// (the roster and iGOT's ConsumptionReport.csv and UserReport.csv) and loaded through the real importers.
/// </summary>
public static class DemoZone
{
    public const string Zone = "Chennai CGST Zone";
    private const string Generated = "2026-03-20 06:42:10 AM";

    private static readonly DemoOfficer[] Named =
    [
        new("DEMO0001", "Alex Wilber", "Inspector", "CGST Chennai North Commissionerate", "alexw@example.com", "Officer", "00000000-0000-0000-0000-0000000000020",
            "Inspector (Central Goods and Services Tax - CGST)", ["Classification of Goods and Services in GST", "Noting & Drafting", "Basics of Communication"], ["Demands under CGST Act, 2017"], false),
        new("DEMO0002", "Meena Iyer", "Inspector", "CGST Chennai South Commissionerate", "meena.iyer@cbic.gov.in", "Officer", null,
            "Inspector", ["Classification of Goods and Services in GST", "Demands under CGST Act, 2017", "Noting and Drafting", "Assessment in Goods and Services Tax (GST)", "Input Tax Credit (ITC) Mechanism", "Basics of Communication"], [], false),
        new("DEMO0003", "Rahul Verma", "Superintendent", "Chennai Custom House", "rahul.verma@cbic.gov.in", "Officer", null,
            "", [], [], false),
        new("DEMO0004", "Kavita Menon", "Joint Commissioner", "CGST Chennai North Commissionerate", "kavita.menon@cbic.gov.in", "Nodal", null,
            "Joint Commissioner (Central Goods and Services Tax - CGST)", ["Adjudication in GST", "Negotiation", "Design Thinking", "Time of Supply under GST", "Workplace Well-being", "Digital Forensic: Handling Digital Evidence, SOP and CoC"], [], true),
    ];

    private static readonly (string Designation, string IgotDesignation, string[] Courses)[] Others =
    [
        ("Superintendent", "Superintendent (CGST)", ["Classification of Goods and Services in GST", "Demands under CGST Act, 2017", "Noting and Drafting", "Assessment in Goods and Services Tax (GST)", "Input Tax Credit (ITC) Mechanism", "Basics of Communication"]),
        ("Tax Assistant", "Tax Assistant", ["Know Your Department-CBIC", "Modified Assured Career Progression Scheme (MACPS)", "Government E Marketplace", "Procurement of Goods and Services", "Responsible Data Management", "Cyber Security Basics"]),
        ("Assistant Commissioner", "Assistant Commissioner (Central Goods and Services Tax - CGST)", ["Know Your Department-CBIC", "Demands under CGST Act, 2017", "Input Tax Credit (ITC) Mechanism", "GenAI for Everyone", "Refunds in GST", "AI for Presentations"]),
        ("Multi Tasking Staff", "Multi Tasking Staff", ["Know Your Department-CBIC", "Do's and Dont's for Government Employees", "Physical Fitness", "Anger Management at Work Place", "MS Word for Beginners", "Leave Rules- Updated"]),
    ];

    private static readonly string[] Formations = ["CGST Chennai North Commissionerate", "CGST Chennai South Commissionerate", "CGST Chennai Outer Commissionerate", "CGST Audit-I Chennai"];

    private static readonly string[] FirstNames = ["Anita", "Arun", "Deepa", "Ganesh", "Harish", "Jaya", "Karthik", "Lakshmi", "Mohan", "Nandini", "Pradeep", "Rekha", "Sanjay", "Shalini", "Uma"];
    private static readonly string[] LastNames = ["Iyengar", "Krishnan", "Natarajan", "Pillai", "Raman", "Subramanian"];

    /// <summary>Writes roster.csv, ConsumptionReport.csv and UserReport.csv into the folder.</summary>
    public static void WriteFiles(string folder)
    {
        var officers = Named.Concat(Generate()).ToList();
        File.WriteAllText(Path.Combine(folder, "roster.csv"), Roster(officers), Encoding.UTF8);
        File.WriteAllText(Path.Combine(folder, "ConsumptionReport.csv"), Consumption(officers), Encoding.UTF8);
        File.WriteAllText(Path.Combine(folder, "UserReport.csv"), Users(officers), Encoding.UTF8);
    }

    private static IEnumerable<DemoOfficer> Generate()
    {
        for (var i = 0; i < 30; i++)
        {
            var (designation, igot, courses) = Others[i % Others.Length];
            var done = courses.Take(i % 7).ToArray();
            var started = courses.Skip(done.Length).Take(i % 2).ToArray();
            var name = $"{FirstNames[i % FirstNames.Length]} {LastNames[i % LastNames.Length]}";
            yield return new DemoOfficer($"DEMO{i + 101:0000}", name, designation, Formations[i % Formations.Length],
                $"{name.ToLowerInvariant().Replace(' ', '.')}.{i + 101}@example.gov.in", "Officer", null,
                i % 5 == 0 ? designation : igot, done, started, done.Length == 6 && i % 3 != 0);
        }
    }

    private static string Roster(IEnumerable<DemoOfficer> officers)
    {
        var csv = new StringBuilder("Sl. No,Employee Code,Name of the Officer,Designation,Formation,Zone,Gov e-mail ID,Contact Number,Role,AadObjectId\n");
        var n = 0;
        foreach (var o in officers)
        {
            csv.AppendLine(CultureInfo.InvariantCulture, $"{++n},{o.Code},{o.Name},{o.Designation},{o.Formation},{Zone},{o.Email},{9000000000 + n},{o.Role},{o.AadObjectId}");
        }

        return csv.ToString();
    }

    private static string Consumption(IEnumerable<DemoOfficer> officers)
    {
        var csv = new StringBuilder("Full_Name,Designation,Email,Phone_Number,MDO_Name,Group,Tag,Ministry,Department,Organization,Content_Provider,Content_Name,Content_Type,Content_Duration,Batch_Id,Batch_Name,Batch_Start_Date,Batch_End_Date,Enrolled_On,Status,Content_Progress_Percentage,Last_Published_On,Content_Retired_On,Completed_On,Certificate_Generated,User_Rating,Gender,Category,External_System,External_System_Id,Certificate_ID,Report_Last_Generated_On,Live_CBP_Plan_Mandate\n");
        foreach (var o in officers)
        {
            var rows = o.Done.Select(c => (c, "completed", "100.0", "2026-02-10 11:00:00"))
                .Concat(o.Started.Select(c => (c, "in-progress", "40.0", "")))
                .Concat(o.AssessmentPassed ? [("Comprehensive Assessment for the role", "completed", "100.0", "2026-03-01 10:00:00")] : []);
            foreach (var (course, status, progress, completed) in rows)
            {
                csv.AppendLine(CultureInfo.InvariantCulture,
                    $"{o.Name},{Quote(o.IgotDesignation)},{o.Email},,Central Board of Indirect Taxes and Customs,GROUP B,{o.Formation},Ministry of Finance,Department of Revenue,Central Board of Indirect Taxes and Customs,NACIN,{Quote(course)},Course,01:30:00,0100000000000000001,{Quote($"{course} - Batch 1")},2025-09-15,,2025-10-01 10:00:00,{status},{progress},2025-09-01,,{completed},{(status == "completed" ? "Yes" : "No")},,,,,,,{Generated},true");
            }
        }

        return csv.ToString();
    }

    private static string Users(IEnumerable<DemoOfficer> officers)
    {
        var csv = new StringBuilder("Full_Name,Designation,Email,Phone_Number,MDO_Name,Group,Tag,Ministry,Department,Organization,User_Registration_Date,Roles,Gender,Category,External_System,External_System_Id,Employee_Id,MDO_Created_On,Profile_Status,Report_Last_Generated_On\n");
        foreach (var o in officers)
        {
            csv.AppendLine(CultureInfo.InvariantCulture,
                $"{o.Name},{Quote(o.IgotDesignation)},{o.Email},,Central Board of Indirect Taxes and Customs,GROUP B,{o.Formation},Ministry of Finance,Department of Revenue,Central Board of Indirect Taxes and Customs,2024-09-25,PUBLIC,,,,,{o.Code},2021-06-01,{(o.IgotDesignation.Length > 0 ? "VERIFIED" : "NOT-MY-USER")},{Generated}");
        }

        return csv.ToString();
    }

    private static string Quote(string value) => value.Contains(',', StringComparison.Ordinal) || value.Contains('"', StringComparison.Ordinal) ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;

    private sealed record DemoOfficer(string Code, string Name, string Designation, string Formation, string Email, string Role, string? AadObjectId, string IgotDesignation, string[] Done, string[] Started, bool AssessmentPassed);
}
