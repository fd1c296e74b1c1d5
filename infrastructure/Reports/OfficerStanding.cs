using KarmayogiBot.Domain.Catalog;
using KarmayogiBot.Domain.Compliance;
using KarmayogiBot.Domain.Designations;
using KarmayogiBot.Domain.Officers;

namespace KarmayogiBot.Infrastructure.Reports;

/// <summary>
/// Where one officer stands on one day (India time): the role their designation and formation give, the
/// compliance report of the cycle's rules, and whether their iGOT profile designation is one they should
/// select (a wrong one hides the training plan on iGOT).
/// </summary>
/// <param name="Placement">The designation's placement in the cycle's plan; null when the designation is unknown or ambiguous.</param>
/// <param name="Report">The rules' verdict; null when not even the designation's level is known.</param>
public sealed record OfficerStanding(
    Officer Officer,
    IgotProfile? Profile,
    Cycle Cycle,
    DateOnly AsOf,
    DesignationResolution Resolution,
    Placement? Placement,
    ComplianceReport? Report)
{
    public Role? Role => Placement?.Role;

    /// <summary>Fully compliant: the role is known and every counted requirement and the assessment are done.</summary>
    public bool Compliant => Placement is not null && Report is { IsCompliant: true };

    public bool AssessmentPassed => Report?.Assessment?.Passed == true;

    /// <summary>The iGOT drop-down entries the officer should have selected.</summary>
    public IReadOnlyList<string> IgotChoices => Placement?.IgotChoices ?? [];

    /// <summary>The profile designation equals (trimmed, case-insensitive) one of <see cref="IgotChoices"/>; an empty one never does.</summary>
    public bool DesignationCorrect =>
        Profile?.Designation?.Trim() is { Length: > 0 } selected
        && IgotChoices.Any(c => string.Equals(c.Trim(), selected, StringComparison.OrdinalIgnoreCase));

    /// <summary>Requirements (and the assessment) not done whose last day has passed.</summary>
    public bool Overdue =>
        Report is { } report
        && (report.Requirements.Any(r => !r.Advisory && r.Status == RequirementStatus.Overdue)
            || report.Assessment is { Passed: false, Status: RequirementStatus.Overdue });

    /// <summary>The counted requirements not yet done.</summary>
    public IReadOnlyList<RequirementResult> Pending => Report?.Outstanding.ToList() ?? [];
}
