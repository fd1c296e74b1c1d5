using KarmayogiBot.Domain.Reporting;

namespace KarmayogiBot.Infrastructure.Tests.Support;

public sealed record CountsJson(
    string? Name,
    int Officers,
    int Compliant,
    int AssessmentPassed,
    int DesignationCorrect,
    int Overdue,
    int NotCompliant,
    int RoleUnknown,
    int Registered)
{
    public static CountsJson From(SummaryCounts counts, string? name) => new(
        name, counts.Officers, counts.Compliant, counts.AssessmentPassed, counts.DesignationCorrect, counts.Overdue, counts.NotCompliant, counts.UnknownRole, counts.Registered);
}
