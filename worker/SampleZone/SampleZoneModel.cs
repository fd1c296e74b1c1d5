namespace KarmayogiBot.Worker.SampleZone;

/// <summary>The realities a sample zone is made of (worker/SampleZone/sample-zone.yaml, loaded by <see cref="SampleZoneModelLoader"/>).</summary>
public sealed record SampleZoneModel(
    string CycleId,
    DateOnly Deadline,
    string DefaultZone,
    string OtherZone,
    SampleMdo Mdo,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Formations,
    SampleProgress Progress,
    string AssessmentName,
    string AssessmentProvider,
    string AssessmentType,
    SampleCourse ExtraCourse,
    IReadOnlyList<SampleRole> Roles,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Variants,
    IReadOnlyList<SampleCourse> OtherCourses,
    IReadOnlyList<HeaderGeneration> ConsumptionHeaders,
    IReadOnlyList<HeaderGeneration> UserHeaders,
    IReadOnlyList<string> RosterColumns,
    string ReportingOfficerColumn)
{
    /// <summary>The title of a role's Comprehensive Assessment on iGOT.</summary>
    public string AssessmentOf(SampleRole role) => AssessmentName.Replace("{role}", role.Label, StringComparison.Ordinal);

    /// <summary>The formations an officer of this wing is posted in, in a zone named <paramref name="zone"/>.</summary>
    public IReadOnlyList<string> FormationsOf(string wing, string zone)
    {
        var city = zone.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
        var names = wing == "any" ? [.. Formations["gst"], .. Formations["customs"]] : Formations[wing];
        return names.Select(n => n.Replace("{city}", city, StringComparison.Ordinal)).ToList();
    }
}
