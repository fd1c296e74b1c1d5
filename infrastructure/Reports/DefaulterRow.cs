using KarmayogiBot.Domain.Compliance;

namespace KarmayogiBot.Infrastructure.Reports;

/// <summary>An officer not yet fully compliant, as summaries list them.</summary>
/// <param name="RoleId">Null when the designation gave no role.</param>
/// <param name="Pending">The counted courses not done, course ids separated by commas (the assessment apart).</param>
/// <param name="PendingCount">What is left, the assessment included.</param>
public sealed record DefaulterRow(
    string EmployeeCode,
    string Name,
    string Designation,
    string? Formation,
    string? RoleId,
    string Pending,
    int PendingCount,
    bool AssessmentPassed,
    bool DesignationCorrect,
    bool Overdue)
{
    public static DefaulterRow From(OfficerStanding standing)
    {
        var officer = standing.Officer.Officer;
        return new DefaulterRow(
            officer.EmployeeCode, officer.Name, officer.Designation, officer.Formation, standing.Role?.Id,
            string.Join(',', standing.Pending().Select(r => r.Course.Id)), standing.Report?.PendingCount ?? 0,
            standing.AssessmentPassed, standing.DesignationCorrect, standing.IsOverdue());
    }
}
