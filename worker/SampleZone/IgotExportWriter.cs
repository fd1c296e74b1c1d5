using System.Globalization;
using CsvHelper;

namespace KarmayogiBot.Worker.SampleZone;

/// <summary>
/// Writes the two iGOT MDO exports of a sample zone, under the header generation asked for: ConsumptionReport.csv (a
/// row per enrolment: the plan's courses, the Comprehensive Assessment, the Viksit Bharat course where it applies, and
/// a few courses outside the plan) and UserReport.csv (a row per officer with an iGOT account).
/// </summary>
public static class IgotExportWriter
{
    /// <summary>Completions fall in the last this many days before the as-of day (or since the cycle began).</summary>
    private const int RecentDays = 150;

    public static IReadOnlySet<string> ConsumptionFields { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "Full_Name", "Designation", "Email", "Phone_Number", "MDO_Name", "Group", "Tag", "Ministry", "Department", "Organization",
        "Cadre", "Civil Service Type", "Civil Services", "Cadre Batch", "Is From Organised Service of Govt", "Content_Provider",
        "Content_Name", "Content_Type", "Content_Duration", "Batch_Id", "Batch_Name", "Batch_Start_Date", "Batch_End_Date",
        "Enrolled_On", "Status", "Content_Progress_Percentage", "Last_Published_On", "Content_Retired_On", "Completed_On",
        "Certificate_Generated", "User_Rating", "Gender", "Category", "External_System", "External_System_Id", "Certificate_ID",
        "Report_Last_Generated_On", "Live_CBP_Plan_Mandate",
    };

    public static IReadOnlySet<string> UserFields { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "Full_Name", "Designation", "Email", "Phone_Number", "MDO_Name", "Group", "Tag", "Ministry", "Department", "Organization",
        "User_Registration_Date", "Cadre", "Civil Service Type", "Civil Services", "Cadre Batch", "Is From Organised Service of Govt",
        "Roles", "Gender", "Category", "External_System", "External_System_Id", "Employee_Id", "MDO_Created_On", "Profile_Status",
        "weekly_claps_day_before_yesterday", "Karma_Points", "Event_Enrolments", "Event_Completions", "Event_Learning_Hours",
        "Course_Enrolments", "Course_Completions", "Course_Learning_Hours", "Total_Enrolments", "Total_Completions",
        "Total_Learning_Hours", "Report_Last_Generated_On", "Verified Karmayogi",
    };

    /// <summary>Writes ConsumptionReport.csv; returns the number of rows of the zone's own officers.</summary>
    public static int WriteConsumption(string path, GeneratedZone zone, HeaderGeneration headers)
    {
        var model = zone.Model;
        var stamp = Stamp(zone);
        var rows = 0;
        using var csv = CsvWriter.ToFile(path);
        WriteHeader(csv, headers);
        var row = new Dictionary<string, string>(StringComparer.Ordinal);
        var officers = zone.Officers.Select((o, i) => (Officer: o, Random: SampleRandom.For(zone.Request.Seed, SampleStream.Rows, i))).Where(x => x.Officer.Registered)
            .Concat(zone.OtherZoneOfficers.Select((o, i) => (Officer: o, Random: SampleRandom.For(zone.Request.Seed, SampleStream.OtherZoneRows, i))));
        foreach (var (officer, random) in officers)
        {
            Person(row, model, officer, stamp);
            foreach (var enrolment in Enrolments(model, officer, random))
            {
                WriteEnrolment(row, enrolment, random, zone.Request.AsOf, model.Deadline);
                foreach (var column in headers.Columns)
                {
                    csv.WriteField(row[column.Field]);
                }

                csv.EndRecord();
                rows += officer.Zone == zone.Request.Zone ? 1 : 0;
            }
        }

        return rows;
    }

    public static void WriteUsers(string path, GeneratedZone zone, HeaderGeneration headers)
    {
        var model = zone.Model;
        var stamp = Stamp(zone);
        using var csv = CsvWriter.ToFile(path);
        WriteHeader(csv, headers);
        var row = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var officer in zone.OnIgot)
        {
            Person(row, model, officer, stamp);
            var enrolled = (officer.Done.Count + officer.Started.Count).ToString(CultureInfo.InvariantCulture);
            var completed = officer.Done.Count.ToString(CultureInfo.InvariantCulture);
            row["User_Registration_Date"] = Day(model.Mdo.RegisteredOn);
            row["Roles"] = "PUBLIC";
            row["Employee_Id"] = officer.EmployeeCode;
            row["MDO_Created_On"] = Day(model.Mdo.CreatedOn);
            row["Profile_Status"] = officer.IgotDesignation.Length > 0 ? "VERIFIED" : "NOT-MY-USER";
            row["Verified Karmayogi"] = officer.IgotDesignation.Length > 0 ? "true" : "false";
            foreach (var count in new[] { "weekly_claps_day_before_yesterday", "Karma_Points", "Event_Enrolments", "Event_Completions", "Event_Learning_Hours", "Course_Learning_Hours", "Total_Learning_Hours" })
            {
                row[count] = "0";
            }

            row["Course_Enrolments"] = row["Total_Enrolments"] = enrolled;
            row["Course_Completions"] = row["Total_Completions"] = completed;
            foreach (var column in headers.Columns)
            {
                csv.WriteField(row[column.Field]);
            }

            csv.EndRecord();
        }
    }

    private static void WriteHeader(CsvWriter csv, HeaderGeneration headers)
    {
        foreach (var column in headers.Columns)
        {
            csv.WriteField(column.Header);
        }

        csv.EndRecord();
    }

    /// <summary>The report's stamp: the as-of day at the model's time of day.</summary>
    private static string Stamp(GeneratedZone zone) => $"{Day(zone.Request.AsOf)} {zone.Model.Mdo.ReportTime}";

    /// <summary>The columns about the person, the same on every row of theirs.</summary>
    private static void Person(Dictionary<string, string> row, SampleZoneModel model, SampleOfficer officer, string stamp)
    {
        row["Full_Name"] = officer.Name;
        row["Designation"] = officer.IgotDesignation;
        row["Email"] = officer.Email;
        row["Phone_Number"] = officer.Mobile;
        row["MDO_Name"] = row["Organization"] = model.Mdo.Name;
        row["Group"] = officer.Role.Group;
        row["Tag"] = officer.Formation;
        row["Ministry"] = model.Mdo.Ministry;
        row["Department"] = model.Mdo.Department;
        row["Is From Organised Service of Govt"] = "No";
        row["Report_Last_Generated_On"] = stamp;
        foreach (var empty in new[] { "Cadre", "Civil Service Type", "Civil Services", "Cadre Batch", "Gender", "Category", "External_System", "External_System_Id", "User_Rating", "Batch_End_Date", "Content_Retired_On" })
        {
            row[empty] = "";
        }
    }

    /// <summary>Every enrolment the export shows for the officer, with its status (a not-started one only sometimes listed).</summary>
    private static IEnumerable<Enrolment> Enrolments(SampleZoneModel model, SampleOfficer officer, Random random)
    {
        var progress = model.Progress;
        var listed = new List<Enrolment>();
        foreach (var course in officer.Role.Courses)
        {
            listed.Add(new Enrolment(Shown(model, course.Name, random), course.Provider, "Course", true,
                officer.Done.Contains(course.Name) ? Status.Completed : officer.Started.Contains(course.Name) ? Status.InProgress : Status.NotStarted));
        }

        if (officer.Role.ExtraCourse)
        {
            listed.Add(new Enrolment(model.ExtraCourse.Name, model.ExtraCourse.Provider, "Course", true, officer.ExtraCourseDone ? Status.Completed : Status.NotStarted));
        }

        listed.Add(new Enrolment(model.AssessmentOf(officer.Role), model.AssessmentProvider, model.AssessmentType, true,
            officer.AssessmentPassed ? Status.Completed : officer.Done.Count > 0 ? Status.InProgress : Status.NotStarted));
        var others = model.OtherCourses.ToArray();
        random.Shuffle(others);
        foreach (var other in others.Take(random.Next(progress.OtherCoursesPerOfficer + 1)))
        {
            listed.Add(new Enrolment(other.Name, other.Provider, "Course", false, random.Chance(0.5) ? Status.Completed : Status.InProgress));
        }

        return listed.Where(e => e.Status != Status.NotStarted || random.Chance(progress.NotStartedListed));
    }

    private static string Shown(SampleZoneModel model, string name, Random random) =>
        model.Variants.TryGetValue(name, out var variants) && random.Chance(model.Progress.Variant) ? random.Pick(variants) : name;

    /// <summary>The columns about one enrolment: dates inside the cycle and before the as-of day.</summary>
    private static void WriteEnrolment(Dictionary<string, string> row, Enrolment enrolment, Random random, DateOnly asOf, DateOnly deadline)
    {
        var last = asOf.AddDays(-1) < deadline ? asOf.AddDays(-1) : deadline;
        var first = deadline.AddYears(-1).AddDays(1);
        var span = last.DayNumber - first.DayNumber;
        var completedOn = span <= 0 ? first : last.AddDays(-random.Next(Math.Min(span, RecentDays)));
        var enrolledOn = completedOn.AddDays(-random.Next(1, 30));
        var completed = enrolment.Status == Status.Completed;
        row["Content_Provider"] = enrolment.Provider;
        row["Content_Name"] = enrolment.Name;
        row["Content_Type"] = enrolment.Type;
        row["Content_Duration"] = $"{random.Next(0, 3):D2}:{random.Next(0, 4) * 15:D2}:00";
        row["Batch_Id"] = "01" + random.NextInt64(0, 100_000_000_000_000_000).ToString("D17", CultureInfo.InvariantCulture);
        row["Batch_Name"] = enrolment.Name + " - Batch 1";
        row["Batch_Start_Date"] = Day(first);
        row["Enrolled_On"] = $"{Day(enrolledOn)} {random.Next(9, 19):D2}:{random.Next(60):D2}:{random.Next(60):D2}";
        row["Status"] = enrolment.Status switch { Status.Completed => "completed", Status.InProgress => "in-progress", _ => "not-started" };
        row["Content_Progress_Percentage"] = enrolment.Status switch
        {
            Status.Completed => "100.0",
            Status.InProgress => (5 + (random.NextDouble() * 90)).ToString("0.00", CultureInfo.InvariantCulture),
            _ => "0.0",
        };
        row["Last_Published_On"] = Day(first.AddDays(-14));
        row["Completed_On"] = completed ? $"{Day(completedOn)} {random.Next(9, 19):D2}:{random.Next(60):D2}:{random.Next(60):D2}" : "";
        row["Certificate_Generated"] = completed ? "Yes" : "No";
        var certificate = new byte[16];
        random.NextBytes(certificate);
        row["Certificate_ID"] = completed ? new Guid(certificate).ToString() : "";
        row["Live_CBP_Plan_Mandate"] = enrolment.Mandated ? "true" : "false";
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private enum Status
    {
        NotStarted,
        InProgress,
        Completed,
    }

    private sealed record Enrolment(string Name, string Provider, string Type, bool Mandated, Status Status);
}
