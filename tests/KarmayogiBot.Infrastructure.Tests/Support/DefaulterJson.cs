using KarmayogiBot.Domain.Compliance;

namespace KarmayogiBot.Infrastructure.Tests.Support;

/// <summary>An officer not yet fully compliant, and what is left.</summary>
public sealed record DefaulterJson(
    string EmployeeCode,
    string Name,
    string Designation,
    string? Formation,
    string? Role,
    IReadOnlyList<string> Pending,
    bool AssessmentPassed,
    bool DesignationCorrect,
    bool Overdue)
{
    public static DefaulterJson From(OfficerStanding standing) => new(
        standing.Officer.Officer.EmployeeCode,
        standing.Officer.Officer.Name,
        standing.Officer.Officer.Designation,
        standing.Officer.Officer.Formation,
        standing.Role?.Id,
        standing.Pending().Select(r => r.Course.Id).ToList(),
        standing.AssessmentPassed,
        standing.DesignationCorrect,
        standing.IsOverdue());
}
