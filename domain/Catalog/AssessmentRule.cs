namespace KarmayogiBot.Domain.Catalog;

/// <summary>A cycle's assessment programme: when it opens, the last day (inclusive) and whether passing is mandatory.</summary>
public sealed record AssessmentRule(Course Course, DateOnly? Opens, DateOnly Due, bool MustPass, Citation Citation);
