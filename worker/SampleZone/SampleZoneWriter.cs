namespace KarmayogiBot.Worker.SampleZone;

/// <summary>
/// Writes a sample zone into a folder: roster.csv, ConsumptionReport.csv, UserReport.csv and expected.json, and with
/// transfers roster-next.csv and expected-next.json (the zone a month later, judged on the same exports).
/// </summary>
public static class SampleZoneWriter
{
    /// <returns>The number of the zone's progress rows in ConsumptionReport.csv.</returns>
    public static int Write(GeneratedZone zone, string folder)
    {
        var model = zone.Model;
        var request = zone.Request;
        var consumption = Generation(model.ConsumptionHeaders, request.IgotHeaders);
        var users = Generation(model.UserHeaders, request.IgotHeaders ?? consumption.Generation, orOldest: true);
        Directory.CreateDirectory(folder);
        RosterWriter.Write(Path.Combine(folder, "roster.csv"), model, zone.Officers, request.Supervisors);
        var rows = IgotExportWriter.WriteConsumption(Path.Combine(folder, "ConsumptionReport.csv"), zone, consumption);
        IgotExportWriter.WriteUsers(Path.Combine(folder, "UserReport.csv"), zone, users);
        void OutsideZone(System.Text.Json.Utf8JsonWriter json)
        {
            if (request.OtherZoneOfficers > 0)
            {
                json.WriteNumber("outside_zone", zone.OtherZoneOfficers.Count);
            }
        }

        GroundTruthWriter.Write(Path.Combine(folder, "expected.json"), zone, zone.Officers, rows, OutsideZone);
        if (request.Transfers > 0)
        {
            RosterWriter.Write(Path.Combine(folder, "roster-next.csv"), model, zone.NextOfficers, request.Supervisors);
            GroundTruthWriter.Write(Path.Combine(folder, "expected-next.json"), zone, zone.NextOfficers, rows, json =>
            {
                OutsideZone(json);
                WriteCodes(json, "transferred_out", zone.Leavers);
                WriteCodes(json, "joined", zone.Joiners);
            });
        }

        return rows;
    }

    /// <summary>
    /// The generation in use at <paramref name="name"/> (yyyy-mm; the newest when null): the newest not newer than it.
    /// Older than the oldest known: an error, or with <paramref name="orOldest"/> the oldest (the UserReport's oldest known
    /// columns are of 2024-08, and the ConsumptionReport's go back further).
    /// </summary>
    public static HeaderGeneration Generation(IReadOnlyList<HeaderGeneration> generations, string? name, bool orOldest = false)
    {
        if (name is null)
        {
            return generations[0];
        }

        return generations.FirstOrDefault(g => string.CompareOrdinal(g.Generation, name) <= 0)
            ?? (orOldest ? generations[^1] : throw new Commands.CommandLineException(
                $"--igot-headers: no header generation as old as {name} (known: {string.Join(", ", generations.Select(g => g.Generation))})"));
    }

    private static void WriteCodes(System.Text.Json.Utf8JsonWriter json, string name, IEnumerable<SampleOfficer> officers)
    {
        json.WriteStartArray(name);
        foreach (var code in officers.Select(o => o.EmployeeCode).Order(StringComparer.Ordinal))
        {
            json.WriteStringValue(code);
        }

        json.WriteEndArray();
    }
}
