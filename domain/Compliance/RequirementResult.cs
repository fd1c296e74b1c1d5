using KarmayogiBot.Domain.Catalog;

namespace KarmayogiBot.Domain.Compliance;

/// <summary>One course an officer must complete, and where they stand.</summary>
/// <param name="Assessed">Part of the Comprehensive Assessment.</param>
/// <param name="Requirement">The cycle-wide requirement this comes from; null for the role's own courses.</param>
/// <param name="Advisory">Applies only to "officers concerned": shown, never counted against compliance.</param>
/// <param name="Due">The last day, inclusive, India time.</param>
public sealed record RequirementResult(
    Course Course,
    bool Assessed,
    Requirement? Requirement,
    bool Advisory,
    RequirementStatus Status,
    CourseProgress? Progress,
    DateOnly Due,
    IReadOnlyList<Citation> Citations);
