using KarmayogiBot.Domain.Compliance;
using KarmayogiBot.Infrastructure.Storage;

namespace KarmayogiBot.Infrastructure.Reports.Standings;

/// <summary>
/// Makes the standing facts of many officers, working out once what officers alike share: what follows from a
/// compliance report (officers of the same role, level and progress share one report object, <see cref="StandingCache"/>)
/// and the zone and formation keys of each spelling.
/// </summary>
internal sealed class StandingFactFactory
{
    private readonly Dictionary<ComplianceReport, ReportFacts> _reports = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, string?> _keys = new(StringComparer.Ordinal);

    /// <param name="standing">The officer's standing on any day of the plan: only what does not depend on the day is kept.</param>
    public StandingFact Of(long officerId, OfficerStanding standing)
    {
        var officer = standing.Officer.Officer;
        var fact = new StandingFact(
            officerId, officer.EmployeeCode, Key(officer.Zone), Key(officer.Formation), officer.Formation,
            null, false, false, false, "", 0, null, officer.Name, officer.Designation, standing.Officer.Profile is not null);
        if (standing.Report is { } report)
        {
            if (!_reports.TryGetValue(report, out var shared))
            {
                shared = _reports[report] = ReportFacts.Of(report);
            }

            fact = fact with
            {
                RoleId = standing.Role!.Id,
                Compliant = shared.Compliant,
                AssessmentPassed = shared.AssessmentPassed,
                DesignationCorrect = standing.DesignationCorrect,
                Pending = shared.Pending,
                PendingCount = shared.PendingCount,
                OverdueFrom = shared.OverdueFrom,
            };
        }

        return fact;
    }

    private string? Key(string? name)
    {
        if (name is null)
        {
            return null;
        }

        if (!_keys.TryGetValue(name, out var key))
        {
            key = _keys[name] = OfficerKeys.Name(name);
        }

        return key;
    }

    /// <summary>What a report says, the same for every officer who shares it.</summary>
    private readonly record struct ReportFacts(bool Compliant, bool AssessmentPassed, string Pending, int PendingCount, DateOnly? OverdueFrom)
    {
        public static ReportFacts Of(ComplianceReport report)
        {
            return new ReportFacts(
                report.IsCompliant,
                report.Assessment?.Passed == true,
                string.Join(',', report.Outstanding.Select(r => r.Course.Id)),
                report.PendingCount,
                report.OverdueFrom());
        }
    }
}
