using KarmayogiBot.Domain.Catalog;

namespace KarmayogiBot.Domain.Compliance;

/// <summary>Whether the officer has passed the cycle's assessment programme.</summary>
public sealed record AssessmentResult(Course Course, bool Passed, RequirementStatus Status, CourseProgress? Progress, DateOnly? Opens, DateOnly Due, Citation Citation);
