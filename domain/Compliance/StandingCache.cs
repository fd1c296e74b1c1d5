using KarmayogiBot.Domain.Catalog;
using KarmayogiBot.Domain.Designations;
using KarmayogiBot.Domain.Officers;

namespace KarmayogiBot.Domain.Compliance;

/// <summary>
/// The domain's <see cref="StandingEvaluator"/> for many officers at once, with the same answers: each distinct
/// designation and formation is resolved once, and in a plan without count targets the compliance report
/// depends only on the role, the level and the progress of each of the plan's courses, so officers alike
/// share one report. Plans with count targets (dates matter) are evaluated officer by officer.
/// </summary>
public sealed class StandingCache(StandingEvaluator evaluator, Cycle cycle, DateOnly asOf)
{
    private readonly DesignationResolver _resolver = evaluator.ResolverFor(cycle);
    private readonly Dictionary<(string Designation, string? Formation, Wing? Wing), DesignationResolution> _resolutions = new();
    private readonly Dictionary<(Role Role, Level Level), string[]> _relevant = new();
    private readonly Dictionary<(Role Role, Level Level, ulong Progress), ComplianceReport> _reports = new();

    public OfficerStanding[] EvaluateAll(IReadOnlyList<OfficerRecords> officers)
    {
        var standings = new OfficerStanding[officers.Count];
        for (var i = 0; i < standings.Length; i++)
        {
            standings[i] = Evaluate(officers[i]);
        }

        return standings;
    }

    public OfficerStanding Evaluate(OfficerRecords officer)
    {
        if (cycle.Targets.Count > 0)
        {
            return evaluator.Evaluate(officer, asOf, cycle);
        }

        var key = (officer.Officer.Designation, officer.Officer.Formation, officer.Officer.Wing);
        if (!_resolutions.TryGetValue(key, out var resolution))
        {
            resolution = _resolutions[key] = _resolver.Resolve(officer.Officer.Designation, officer.Officer.Formation, officer.Officer.Wing);
        }

        if (resolution is not ResolvedDesignation resolved)
        {
            return OfficerStanding.Unresolved(officer, cycle, resolution);
        }

        var role = resolved.Role;
        var level = resolved.Designation.Level;
        if (!_relevant.TryGetValue((role, level), out var courses))
        {
            courses = _relevant[(role, level)] = role.Courses.Select(c => c.Course.Id)
                .Concat(cycle.RequirementsFor(level).Select(r => r.Course.Id))
                .Concat(cycle.Assessment is { } a ? [a.Course.Id] : [])
                .Distinct(StringComparer.Ordinal)
                .ToArray();
        }

        ComplianceReport report;
        if (courses.Length <= 32 && ProgressKey(officer, courses) is { } progress)
        {
            if (!_reports.TryGetValue((role, level, progress), out report!))
            {
                report = _reports[(role, level, progress)] = Report(officer, role, level);
            }
        }
        else
        {
            report = Report(officer, role, level);
        }

        return OfficerStanding.Of(officer, cycle, resolved, report);
    }

    private ComplianceReport Report(OfficerRecords officer, Role role, Level level) =>
        ComplianceEvaluator.Evaluate(cycle, new OfficerPlacement(role, level), officer.Records.Select(r => r.Record).ToList(), asOf, evaluator.Catalog);

    /// <summary>Two bits per plan course: no record, not started, in progress, completed; null when one course has two records.</summary>
    private static ulong? ProgressKey(OfficerRecords officer, string[] courses)
    {
        ulong key = 0;
        foreach (var stored in officer.Records)
        {
            var index = Array.IndexOf(courses, stored.Record.CourseId);
            if (index < 0)
            {
                continue;
            }

            var shift = index * 2;
            if (((key >> shift) & 3) != 0)
            {
                return null; // the evaluator picks between them: let it
            }

            key |= (ulong)((int)stored.Record.Progress + 1) << shift;
        }

        return key;
    }
}
