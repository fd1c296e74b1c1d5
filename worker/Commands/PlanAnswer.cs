using KarmayogiBot.Domain.Catalog;
using KarmayogiBot.Domain.Designations;

namespace KarmayogiBot.Worker.Commands;

/// <summary>The stable shape of <c>plan --json</c> (documented in the README). Dates are yyyy-mm-dd, India time.</summary>
public sealed record PlanAnswer(
    string Status,
    string Cycle,
    PlanAnswer.InputEcho Input,
    string? Designation = null,
    string? Wing = null,
    PlanAnswer.RoleInfo? Role = null,
    PlanAnswer.IgotChoice? IgotDesignation = null,
    IReadOnlyList<PlanAnswer.CourseInfo>? Courses = null,
    PlanAnswer.AssessmentInfo? Assessment = null,
    IReadOnlyList<PlanAnswer.ExtraCourse>? ExtraCourses = null,
    string? Deadline = null,
    IReadOnlyList<string>? Sources = null,
    IReadOnlyList<PlanAnswer.Candidate>? Candidates = null,
    string? Question = null,
    string? Message = null,
    IReadOnlyList<string>? Suggestions = null)
{
    public sealed record InputEcho(string Designation, string? Formation);

    public sealed record RoleInfo(string Id, int Number, string Name);

    /// <param name="Select">The drop-down entries to choose from (one when there is an exact entry).</param>
    /// <param name="Exact">False when Annexure B has no entry for the designation and these are the closest.</param>
    public sealed record IgotChoice(IReadOnlyList<string> Select, bool Exact, string? Note);

    public sealed record CourseInfo(string Id, string Name, string? Provider, string? Competency, bool Assessed);

    public sealed record AssessmentInfo(string Name, IReadOnlyList<string> Courses, string? Opens, string Due, bool MustPass);

    public sealed record ExtraCourse(string Id, string Name, string? Provider, string Due, string? AppliesTo, IReadOnlyList<string> Sources);

    public sealed record Candidate(string Wing, string WingName, RoleInfo Role, IReadOnlyList<string> IgotDesignation);

    public static PlanAnswer From(DesignationResolution resolution, Cycle cycle, string? formation)
    {
        var input = new InputEcho(resolution.Input, formation);
        return resolution switch
        {
            ResolvedDesignation resolved => Resolved(resolved, cycle, input),
            AmbiguousDesignation ambiguous => new PlanAnswer("ambiguous", cycle.Id, input,
                Designation: ambiguous.Designation.Name,
                Candidates: ambiguous.Candidates.Select(p => new Candidate(WingId(p.Wing), p.Role.Name, Info(p.Role), p.IgotChoices)).ToList(),
                Question: ambiguous.Question),
            UnknownDesignation unknown => new PlanAnswer("unknown", cycle.Id, input,
                Message: $"'{unknown.Input}' is not a designation of the {cycle.Title}." + (unknown.Suggestions.Count > 0 ? $" Did you mean: {string.Join(", ", unknown.Suggestions)}?" : ""),
                Suggestions: unknown.Suggestions),
            _ => throw new InvalidOperationException($"unexpected resolution {resolution.GetType().Name}"),
        };
    }

    private static PlanAnswer Resolved(ResolvedDesignation resolved, Cycle cycle, InputEcho input)
    {
        var role = resolved.Role;
        var extras = cycle.RequirementsFor(resolved.Designation.Level).Where(r => !r.AppliesTo.OnlyOfficersConcerned).ToList();
        var citations = new List<Citation> { cycle.Citation, role.Citation };
        citations.AddRange(extras.SelectMany(e => e.Citations));
        AssessmentInfo? assessment = null;
        if (cycle.Assessment is { } rule)
        {
            citations.Add(rule.Citation);
            assessment = new AssessmentInfo($"{rule.Course.Name} for {role.Name}", role.AssessedCourses.Select(c => c.Course.Id).ToList(), Day(rule.Opens), Day(rule.Due)!, rule.MustPass);
        }

        return new PlanAnswer("resolved", cycle.Id, input,
            Designation: resolved.Designation.Name,
            Wing: resolved.Wing is null ? null : WingId(resolved.Wing),
            Role: Info(role),
            IgotDesignation: new IgotChoice(resolved.Placement.IgotChoices, resolved.Placement.IsExactIgotMatch, resolved.Placement.Note),
            Courses: role.Courses.Select(c => new CourseInfo(c.Course.Id, c.Course.Name, c.Course.Provider, c.Course.Competency?.ToString().ToLowerInvariant(), c.Assessed)).ToList(),
            Assessment: assessment,
            ExtraCourses: extras.Select(e => new ExtraCourse(e.Course.Id, e.Course.Name, e.Course.Provider, Day(e.Due)!, e.AppliesToText, e.Citations.Select(c => c.ToString()).ToList())).ToList(),
            Deadline: Day(cycle.Deadline),
            Sources: citations.Select(c => c.ToString()).Distinct().ToList());
    }

    private static RoleInfo Info(Role role) => new(role.Id, role.Number, role.Name);

    private static string WingId(Wing? wing) => wing?.ToString().ToLowerInvariant() ?? "any";

    private static string? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd");
}
