using KarmayogiBot.Domain.Compliance;

namespace KarmayogiBot.Infrastructure.Reports;

/// <summary>Counts of officers in a zone, formation or role.</summary>
/// <param name="UnknownRole">Officers whose designation gave no role (unknown, or ambiguous for want of a recognisable formation).</param>
public sealed record SummaryCounts(int Officers, int Compliant, int AssessmentPassed, int DesignationCorrect, int Overdue, int UnknownRole)
{
    public int NotCompliant => Officers - Compliant;

    internal static SummaryCounts None { get; } = new(0, 0, 0, 0, 0, 0);

    internal SummaryCounts Plus(SummaryCounts other) => new(
        Officers + other.Officers, Compliant + other.Compliant, AssessmentPassed + other.AssessmentPassed,
        DesignationCorrect + other.DesignationCorrect, Overdue + other.Overdue, UnknownRole + other.UnknownRole);

    internal static SummaryCounts Of(IReadOnlyCollection<OfficerStanding> officers) => new(
        officers.Count,
        officers.Count(o => o.IsCompliant),
        officers.Count(o => o.AssessmentPassed),
        officers.Count(o => o.DesignationCorrect),
        officers.Count(o => o.IsOverdue()),
        officers.Count(o => o.RoleUnknown()));
}
