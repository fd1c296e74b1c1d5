namespace KarmayogiBot.Domain.Catalog;

/// <summary>
/// One training cycle (the 2023 Emerging Technologies course, the 2024-25 Action Plan, the 2025-26
/// Annual Training Plan, ...): who must complete what, and by when. Dates are India time; every
/// deadline is the last day, inclusive.
/// </summary>
/// <param name="DomainCourses">The domain courses the plan lists (the Action Plan's 21 "CBIC developed courses").</param>
/// <param name="OptionalDomainCourses">Domain courses added later that "may also be completed" (NACIN e-mail of 08.07.2024, para 4).</param>
public sealed record Cycle(
    string Id,
    string Title,
    string TitleHi,
    DateRange Period,
    DateOnly Deadline,
    Citation Citation,
    string? PlanLinkedTo,
    AssessmentRule? Assessment,
    IReadOnlyList<Requirement> Requirements,
    IReadOnlyList<Role> Roles,
    IReadOnlyList<Placement> Placements,
    IReadOnlyList<CountTarget> Targets,
    IReadOnlyList<ReportingDate> Reporting,
    IReadOnlyList<Course> DomainCourses,
    Citation? DomainCoursesCitation,
    IReadOnlyList<RelevantCourse> RelevantFor,
    IReadOnlyList<Course> OptionalDomainCourses,
    Citation? OptionalDomainCoursesCitation)
{
    /// <summary>True when the plan is role-based (Annexure A style) rather than count-based.</summary>
    public bool HasRoles => Roles.Count > 0;

    public Role? FindRole(string roleId) => Roles.FirstOrDefault(r => r.Id == roleId);

    /// <summary>The cycle-wide requirements that apply to an officer at this level (advisory ones included).</summary>
    public IEnumerable<Requirement> RequirementsFor(Level level) => Requirements.Where(r => r.AppliesTo.AppliesTo(level));
}
