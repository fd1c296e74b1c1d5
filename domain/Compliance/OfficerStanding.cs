using KarmayogiBot.Domain.Catalog;
using KarmayogiBot.Domain.Designations;
using KarmayogiBot.Domain.Officers;

namespace KarmayogiBot.Domain.Compliance;

/// <summary>Where one officer stands on one day: their role (or why it is not known), their report, and their iGOT profile designation.</summary>
/// <param name="Resolution">The officer's roster designation and formation, resolved in the cycle's plan.</param>
/// <param name="Report">The compliance report; null when the role could not be resolved.</param>
/// <param name="ExpectedIgotDesignations">The drop-down entries the officer should have selected on iGOT.</param>
/// <param name="DesignationCorrect">Whether the iGOT profile designation is one of those; false when the profile shows none.</param>
public sealed record OfficerStanding(
    OfficerRecords Officer,
    Cycle Cycle,
    DesignationResolution Resolution,
    ComplianceReport? Report,
    IReadOnlyList<string> ExpectedIgotDesignations,
    bool DesignationCorrect)
{
    public Role? Role => (Resolution as ResolvedDesignation)?.Role;

    /// <summary>The standing of an officer whose role is resolved: the report, and whether the iGOT profile shows an entry Annexure B gives for them.</summary>
    public static OfficerStanding Of(OfficerRecords officer, Cycle cycle, ResolvedDesignation resolved, ComplianceReport report)
    {
        var expected = resolved.Placement.IgotChoices;
        var selected = officer.Profile?.Designation?.Trim();
        var correct = !string.IsNullOrEmpty(selected) && expected.Contains(selected, StringComparer.OrdinalIgnoreCase);
        return new OfficerStanding(officer, cycle, resolved, report, expected, correct);
    }

    /// <summary>The standing of an officer whose designation gave no role (unknown, or ambiguous for want of a formation).</summary>
    public static OfficerStanding Unresolved(OfficerRecords officer, Cycle cycle, DesignationResolution resolution) =>
        new(officer, cycle, resolution, null, [], false);

    public bool IsCompliant => Report?.IsCompliant == true;

    public bool AssessmentPassed => Report?.Assessment?.Passed == true;

    /// <summary>The counted requirements not yet done (the assessment apart).</summary>
    public IReadOnlyList<RequirementResult> Pending() => Report?.Outstanding.ToList() ?? [];

    /// <summary>A counted requirement or the assessment not done and its last day passed.</summary>
    public bool IsOverdue() =>
        Report is { } report
        && (report.Requirements.Any(r => !r.Advisory && r.Status == RequirementStatus.Overdue)
            || report.Assessment is { Passed: false, Status: RequirementStatus.Overdue });

    /// <summary>The designation gave no role (unknown, or ambiguous for want of a recognisable formation).</summary>
    public bool RoleUnknown() => Role is null;
}
