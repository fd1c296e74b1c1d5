using KarmayogiBot.Domain.Compliance;

namespace KarmayogiBot.Infrastructure.Reports;

/// <summary>What summaries and reports read off an officer's standing.</summary>
public static class StandingFacts
{
    /// <summary>The counted requirements not yet done (the assessment apart).</summary>
    public static IReadOnlyList<RequirementResult> Pending(this OfficerStanding standing) => standing.Report?.Outstanding.ToList() ?? [];

    /// <summary>A counted requirement or the assessment not done and its last day passed.</summary>
    public static bool IsOverdue(this OfficerStanding standing) =>
        standing.Report is { } report
        && (report.Requirements.Any(r => !r.Advisory && r.Status == RequirementStatus.Overdue)
            || report.Assessment is { Passed: false, Status: RequirementStatus.Overdue });

    /// <summary>The designation gave no role (unknown, or ambiguous for want of a recognisable formation).</summary>
    public static bool RoleUnknown(this OfficerStanding standing) => standing.Role is null;
}
