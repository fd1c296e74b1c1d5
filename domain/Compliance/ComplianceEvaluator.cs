using KarmayogiBot.Domain.Catalog;

namespace KarmayogiBot.Domain.Compliance;

/// <summary>
/// The compliance rules of the circulars: for an officer, their course records and a day (India time,
/// passed in; no clock is read here), which requirements are done, pending or overdue.
/// </summary>
public static class ComplianceEvaluator
{
    /// <param name="catalog">Tells the competency of courses counted towards count-based targets; without it only the cycle's own courses count by competency.</param>
    public static ComplianceReport Evaluate(Cycle cycle, OfficerPlacement officer, IReadOnlyCollection<CourseRecord> records, DateOnly asOf, TrainingCatalog? catalog = null)
    {
        var byCourse = new Dictionary<string, CourseRecord>(StringComparer.Ordinal);
        foreach (var record in records)
        {
            if (!byCourse.TryGetValue(record.CourseId, out var known) || Rank(record) > Rank(known))
            {
                byCourse[record.CourseId] = record;
            }
        }

        var requirements = new List<RequirementResult>();
        foreach (var roleCourse in officer.Role?.Courses ?? [])
        {
            var record = byCourse.GetValueOrDefault(roleCourse.Course.Id);
            requirements.Add(new RequirementResult(
                roleCourse.Course, roleCourse.Assessed, null, false, StatusOf(record, cycle.Deadline, asOf), record?.Progress, cycle.Deadline, [officer.Role!.Citation]));
        }

        foreach (var requirement in cycle.RequirementsFor(officer.Level))
        {
            if (requirements.Any(r => r.Course.Id == requirement.Course.Id))
            {
                continue;
            }

            var record = byCourse.GetValueOrDefault(requirement.Course.Id);
            requirements.Add(new RequirementResult(
                requirement.Course, false, requirement, requirement.AppliesTo.OnlyOfficersConcerned, StatusOf(record, requirement.Due, asOf), record?.Progress, requirement.Due, requirement.Citations));
        }

        AssessmentResult? assessment = null;
        if (cycle.Assessment is { } rule && officer.Role is not null)
        {
            var record = byCourse.GetValueOrDefault(rule.Course.Id);
            var passed = record?.IsCompleted == true;
            assessment = new AssessmentResult(rule.Course, passed, StatusOf(record, rule.Due, asOf), record?.Progress, rule.Opens, rule.Due, rule.Citation);
        }

        var targets = cycle.Targets.Select(t => EvaluateTarget(cycle, t, byCourse.Values, asOf, catalog)).ToList();
        return new ComplianceReport(cycle, officer, asOf, requirements, assessment, targets, cycle.Deadline, cycle.Deadline.DayNumber - asOf.DayNumber);
    }

    private static TargetResult EvaluateTarget(Cycle cycle, CountTarget target, IEnumerable<CourseRecord> records, DateOnly asOf, TrainingCatalog? catalog)
    {
        // The Action Plan asks for 20 courses "in addition to the six mandatory courses"; the courses for officers concerned count.
        var named = cycle.Requirements.Where(r => !r.AppliesTo.OnlyOfficersConcerned).Select(r => r.Course.Id).ToHashSet(StringComparer.Ordinal);
        var counted = records
            .Where(r => r.IsCompleted && r.CompletedOn is { } day && cycle.Period.Contains(day) && day <= target.By && !named.Contains(r.CourseId))
            .ToList();
        var byCompetency = new Dictionary<Competency, int>();
        foreach (var record in counted)
        {
            if (CompetencyOf(cycle, catalog, record.CourseId) is { } competency)
            {
                Increment(byCompetency, competency);
            }
        }

        var met = counted.Count >= target.Count && target.MinimumByCompetency.All(m => byCompetency.GetValueOrDefault(m.Key) >= m.Value);
        var status = met ? RequirementStatus.Done : asOf > target.By ? RequirementStatus.Overdue : RequirementStatus.Pending;
        return new TargetResult(target, counted.Count, byCompetency, status);
    }

    private static Competency? CompetencyOf(Cycle cycle, TrainingCatalog? catalog, string courseId) =>
        catalog?.FindCourse(courseId)?.Competency
        ?? cycle.DomainCourses.Concat(cycle.OptionalDomainCourses).FirstOrDefault(c => c.Id == courseId)?.Competency
        ?? cycle.Roles.SelectMany(r => r.Courses).FirstOrDefault(c => c.Course.Id == courseId)?.Course.Competency;

    private static void Increment(Dictionary<Competency, int> counts, Competency competency) =>
        counts[competency] = counts.GetValueOrDefault(competency) + 1;

    private static RequirementStatus StatusOf(CourseRecord? record, DateOnly due, DateOnly asOf) =>
        record?.IsCompleted == true ? RequirementStatus.Done
        : asOf > due ? RequirementStatus.Overdue
        : RequirementStatus.Pending;

    /// <summary>When two records name one course (spelling variants), the furthest progress counts.</summary>
    private static int Rank(CourseRecord record) => (int)record.Progress * 1000 + (int)record.ProgressPercent;
}
