namespace KarmayogiBot.Worker.SampleZone;

/// <summary>The MDO the exports are of, and the stamps the exports carry.</summary>
public sealed record SampleMdo(string Name, string Ministry, string Department, string ReportTime, DateOnly RegisteredOn, DateOnly CreatedOn);
