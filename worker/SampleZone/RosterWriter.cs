using System.Globalization;
using CsvHelper;

namespace KarmayogiBot.Worker.SampleZone;

/// <summary>Writes a zone's roster as a nodal officer keeps it (the circulars' column names, sample-zone.yaml's <c>roster</c>).</summary>
public static class RosterWriter
{
    /// <summary>The roster's fields, in the order of sample-zone.yaml's roster columns.</summary>
    public static IReadOnlyList<string> Fields { get; } = ["serial", "employeeCode", "name", "designation", "formation", "zone", "email", "mobile", "role", "aadObjectId"];

    public static void Write(string path, SampleZoneModel model, IReadOnlyList<SampleOfficer> officers, bool reportingOfficers)
    {
        using var csv = CsvWriter.ToFile(path);
        foreach (var column in reportingOfficers ? [.. model.RosterColumns, model.ReportingOfficerColumn] : model.RosterColumns)
        {
            csv.WriteField(column);
        }

        csv.EndRecord();
        for (var i = 0; i < officers.Count; i++)
        {
            var o = officers[i];
            foreach (var value in new[] { (i + 1).ToString(CultureInfo.InvariantCulture), o.EmployeeCode, o.Name, o.Designation.Roster, o.Formation, o.Zone, o.Email, o.Mobile, o.RoleInProduct, o.AadObjectId })
            {
                csv.WriteField(value);
            }

            if (reportingOfficers)
            {
                csv.WriteField(o.ReportsTo ?? "");
            }

            csv.EndRecord();
        }
    }
}
