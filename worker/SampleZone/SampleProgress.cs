namespace KarmayogiBot.Worker.SampleZone;

/// <summary>How far officers get and how the exports show it (the chances of sample-zone.yaml's <c>progress</c>).</summary>
public sealed record SampleProgress(
    IReadOnlyList<ProgressProfile> Profiles,
    double Started,
    double AssessmentPassed,
    double ExtraCourseDone,
    double NotStartedListed,
    double DesignationIgot,
    double DesignationRoster,
    double Variant,
    int OtherCoursesPerOfficer);
