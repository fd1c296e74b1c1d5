namespace KarmayogiBot.Worker.SampleZone;

/// <summary>
/// A role of the plan in the sample zone's model: <paramref name="Id"/> is the catalog's role id, <paramref name="Label"/>
/// the role as the title of its Comprehensive Assessment names it, <paramref name="Share"/> how common it is (a weight),
/// <paramref name="Wing"/> gst, customs, other or any; <paramref name="ExtraCourse"/>: the Viksit Bharat course is also
/// required; <paramref name="Nodal"/>: the zone's nodal officers are taken from this role.
/// </summary>
public sealed record SampleRole(
    string Id,
    string Label,
    int Share,
    string Wing,
    string Group,
    bool ExtraCourse,
    bool Nodal,
    IReadOnlyList<SampleDesignation> Designations,
    IReadOnlyList<SampleCourse> Courses);
