namespace KarmayogiBot.Worker.SampleZone;

/// <summary>A course as iGOT lists it: its name, provider and competency, and whether the role's assessment covers it.</summary>
public sealed record SampleCourse(string Name, string Provider, string? Competency, bool Assessed);
