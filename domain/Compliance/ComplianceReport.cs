using KarmayogiBot.Domain.Catalog;

namespace KarmayogiBot.Domain.Compliance;

/// <summary>Where an officer stands in one cycle on one day (India time).</summary>
/// <param name="DaysLeft">Days until the deadline: 0 on the last day, negative once it has passed.</param>
public sealed record ComplianceReport(
    Cycle Cycle,
    OfficerPlacement Officer,
    DateOnly AsOf,
    IReadOnlyList<RequirementResult> Requirements,
    AssessmentResult? Assessment,
    IReadOnlyList<TargetResult> Targets,
    DateOnly Deadline,
    int DaysLeft)
{
    /// <summary>Every counted requirement done, the assessment passed where it must be, every target met.</summary>
    public bool IsCompliant =>
        Requirements.Where(r => !r.Advisory).All(r => r.Status == RequirementStatus.Done)
        && (Assessment is null || Assessment.Passed || !Cycle.Assessment!.MustPass)
        && Targets.All(t => t.Status == RequirementStatus.Done);

    public IEnumerable<RequirementResult> Outstanding => Requirements.Where(r => !r.Advisory && r.Status != RequirementStatus.Done);

    public int PendingCount => Outstanding.Count() + (Assessment is { Passed: false } ? 1 : 0);

    public bool IsOverdue => !IsCompliant && AsOf > Deadline;

    /// <summary>
    /// The first day (India time) on which something left (a counted course, or the assessment not passed) is overdue:
    /// the earliest of their last days, plus one; null when nothing is left. It does not depend on <see cref="AsOf"/>
    /// in a plan without count targets, so a summary of any day can compare it with that day.
    /// </summary>
    public DateOnly? OverdueFrom()
    {
        DateOnly? first = null;
        foreach (var requirement in Outstanding)
        {
            first = first is { } day && day <= requirement.Due ? day : requirement.Due;
        }

        if (Assessment is { Passed: false } assessment)
        {
            first = first is { } day && day <= assessment.Due ? day : assessment.Due;
        }

        return first?.AddDays(1);
    }
}
