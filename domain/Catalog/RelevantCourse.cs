namespace KarmayogiBot.Domain.Catalog;

/// <summary>A row of the Action Plan's "relevant for" table.</summary>
public sealed record RelevantCourse(Course Course, string Officers);
