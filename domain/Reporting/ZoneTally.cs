using KarmayogiBot.Domain.Catalog;
using KarmayogiBot.Domain.Compliance;
using KarmayogiBot.Domain.Officers;

namespace KarmayogiBot.Domain.Reporting;

/// <summary>
/// How a zone's figures are computed: officers (one standing at a time) or counts of (formation, role) cells already
/// added up elsewhere are added into totals, formations and roles. Formations are compared ignoring case, named as the
/// officer with the lowest employee code writes them, and listed in that order; roles in the plan's order, the
/// officers without one last. The officer-by-officer summary and the summary from stored standings both count here.
/// </summary>
public sealed class ZoneTally
{
    /// <summary>The key of the officers whose designation gave no role.</summary>
    public const string UnknownRoleKey = "unknown";

    public const string UnknownRoleName = "Role not known (designation or formation not recognised)";

    public const string NoFormationName = "(no formation)";

    private readonly string _cycleId;
    private readonly string _cycleTitle;
    private readonly DateOnly _deadline;
    private readonly IReadOnlyList<PlanRole> _roles;
    private readonly Dictionary<string, FormationCounts> _formations = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Counts> _byRole = new(StringComparer.Ordinal);
    private readonly Counts _totals = new();

    /// <param name="roles">The plan's roles, in the plan's order.</param>
    public ZoneTally(string cycleId, string cycleTitle, DateOnly deadline, IReadOnlyList<PlanRole> roles)
    {
        _cycleId = cycleId;
        _cycleTitle = cycleTitle;
        _deadline = deadline;
        _roles = roles;
    }

    /// <summary>A tally of officers judged in <paramref name="plan"/>.</summary>
    public static ZoneTally For(Cycle plan) => new(plan.Id, plan.Title, plan.Deadline, plan.Roles.Select(r => new PlanRole(r.Id, r.Name)).ToList());

    /// <summary>Counts one officer, by the standing rules (compliant, assessment passed, iGOT designation, overdue, role unknown) and whether iGOT knows them.</summary>
    public void Add(OfficerStanding standing)
    {
        var officer = standing.Officer.Officer;
        var compliant = standing.IsCompliant;
        var passed = standing.AssessmentPassed;
        var designation = standing.DesignationCorrect;
        var overdue = standing.IsOverdue();
        var unknown = standing.RoleUnknown();
        var registered = standing.Officer.Profile is not null;
        var (formation, role) = CellOf(officer.Formation, standing.Role?.Id, officer.EmployeeCode);
        foreach (var counts in (ReadOnlySpan<Counts>)[_totals, formation, role])
        {
            counts.Add(1, compliant ? 1 : 0, passed ? 1 : 0, designation ? 1 : 0, overdue ? 1 : 0, unknown ? 1 : 0, registered ? 1 : 0);
        }
    }

    /// <summary>Counts a cell of officers of one formation and role.</summary>
    /// <param name="roleId">Null for officers whose designation gave no role.</param>
    /// <param name="firstEmployeeCode">The lowest employee code of the cell (ordinal), whose spelling of the formation names it.</param>
    public void Add(string? formation, string? roleId, string firstEmployeeCode, SummaryCounts counts)
    {
        var (byFormation, byRole) = CellOf(formation, roleId, firstEmployeeCode);
        foreach (var cell in (ReadOnlySpan<Counts>)[_totals, byFormation, byRole])
        {
            cell.Add(counts.Officers, counts.Compliant, counts.AssessmentPassed, counts.DesignationCorrect, counts.Overdue, counts.UnknownRole, counts.Registered);
        }
    }

    /// <summary>The figures counted so far, for the scope on the day.</summary>
    public ZoneFigures Figures(OfficerScope scope, DateOnly asOf)
    {
        var byFormation = _formations.Values
            .OrderBy(f => f.Name, StringComparer.OrdinalIgnoreCase)
            .Select(f => new GroupSummary(f.Name, f.Name.Length == 0 ? NoFormationName : f.Name, f.Counts.ToSummary()))
            .ToList();
        var order = _roles.Select((r, i) => (r.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var byRole = _byRole
            .OrderBy(r => order.GetValueOrDefault(r.Key, int.MaxValue))
            .Select(r => new GroupSummary(r.Key, order.TryGetValue(r.Key, out var i) ? _roles[i].Name : UnknownRoleName, r.Value.ToSummary()))
            .ToList();
        return new ZoneFigures(scope, asOf, _cycleId, _cycleTitle, _deadline, _totals.ToSummary(), byFormation, byRole);
    }

    /// <summary>The formation's and the role's counts, the formation named afresh when this code is lower than its first.</summary>
    private (Counts Formation, Counts Role) CellOf(string? formation, string? roleId, string employeeCode)
    {
        formation ??= "";
        if (!_formations.TryGetValue(formation, out var known))
        {
            known = _formations[formation] = new FormationCounts { Name = formation, FirstCode = employeeCode };
        }
        else if (string.CompareOrdinal(employeeCode, known.FirstCode) < 0)
        {
            (known.Name, known.FirstCode) = (formation, employeeCode);
        }

        var role = roleId ?? UnknownRoleKey;
        if (!_byRole.TryGetValue(role, out var roleCounts))
        {
            roleCounts = _byRole[role] = new Counts();
        }

        return (known.Counts, roleCounts);
    }

    private sealed class FormationCounts
    {
        public required string Name { get; set; }

        public required string FirstCode { get; set; }

        public Counts Counts { get; } = new();
    }

    private sealed class Counts
    {
        private int _officers, _compliant, _assessmentPassed, _designationCorrect, _overdue, _unknownRole, _registered;

        public void Add(int officers, int compliant, int assessmentPassed, int designationCorrect, int overdue, int unknownRole, int registered)
        {
            _registered += registered;
            _officers += officers;
            _compliant += compliant;
            _assessmentPassed += assessmentPassed;
            _designationCorrect += designationCorrect;
            _overdue += overdue;
            _unknownRole += unknownRole;
        }

        public SummaryCounts ToSummary() => new(_officers, _compliant, _assessmentPassed, _designationCorrect, _overdue, _unknownRole, _registered);
    }
}
