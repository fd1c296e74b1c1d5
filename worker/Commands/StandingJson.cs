using KarmayogiBot.Domain.Compliance;
using KarmayogiBot.Infrastructure.Reports;

namespace KarmayogiBot.Worker.Commands;

/// <summary>An officer's standing as <c>worker status --json</c> prints it (camelCase).</summary>
/// <param name="Registered">Whether an imported iGOT report has an account for the officer (absent from them: not registered on iGOT).</param>
/// <param name="IgotReportedOn">The date of the newest iGOT report the officer's record comes from; null when none has them.</param>
public sealed record StandingJson(
    string EmployeeCode,
    string Name,
    string Designation,
    string? Formation,
    string? Zone,
    string AsOf,
    string Cycle,
    string Deadline,
    int DaysLeft,
    RoleJson? Role,
    string? RoleProblem,
    bool Compliant,
    int PendingCount,
    bool Overdue,
    IReadOnlyList<RequirementJson> Requirements,
    AssessmentJson? Assessment,
    IgotDesignationJson IgotDesignation,
    bool Registered,
    string? IgotReportedOn)
{
    public static StandingJson From(OfficerStanding standing)
    {
        var officer = standing.Officer.Officer;
        var report = standing.Report;
        var asOf = report?.AsOf;
        return new StandingJson(
            officer.EmployeeCode,
            officer.Name,
            officer.Designation,
            officer.Formation,
            officer.Zone,
            Day(asOf ?? standing.Cycle.Period.From),
            standing.Cycle.Id,
            Day(standing.Cycle.Deadline),
            report?.DaysLeft ?? 0,
            standing.Role is { } role ? new RoleJson(role.Id, role.Name) : null,
            StandingText.RoleProblem(standing),
            standing.IsCompliant,
            report?.PendingCount ?? 0,
            standing.IsOverdue(),
            report?.Requirements.Select(RequirementJson.From).ToList() ?? [],
            report?.Assessment is { } a ? new AssessmentJson(a.Course.Id, a.Course.Name, a.Passed, Status(a.Status), Day(a.Due)) : null,
            IgotDesignationJson.From(standing),
            standing.Officer.Profile is not null,
            standing.Officer.Records.Select(r => (DateTime?)r.ReportedAt).Append(standing.Officer.Profile?.ReportedAt).Max() is { } reported
                ? Day(DateOnly.FromDateTime(reported))
                : null);
    }

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static string Status(RequirementStatus status) => status switch
    {
        RequirementStatus.Done => "done",
        RequirementStatus.Overdue => "overdue",
        _ => "pending",
    };
}
