using KarmayogiBot.Domain.Officers;
using KarmayogiBot.Infrastructure.Reports.Standings;

namespace KarmayogiBot.Infrastructure.Reports;

/// <summary>
/// Adds up counts of (formation, role) cells into totals, formations and roles, grouped and ordered as
/// <see cref="ZoneSummaryService"/> does: formations compared ignoring case (named as the officer with the lowest
/// employee code writes it) in that order, roles in the plan's order with the officers without one last.
/// </summary>
internal sealed class FigureTally(StandingBasis basis)
{
    private readonly Dictionary<string, (string Name, string FirstCode, SummaryCounts Counts)> _formations = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, SummaryCounts> _roles = new(StringComparer.Ordinal);
    private SummaryCounts _totals = SummaryCounts.None;

    public void Add(string? formation, string? roleId, string firstEmployeeCode, SummaryCounts counts)
    {
        _totals = _totals.Plus(counts);
        formation ??= "";
        _formations[formation] = _formations.TryGetValue(formation, out var known)
            ? (string.CompareOrdinal(firstEmployeeCode, known.FirstCode) < 0 ? formation : known.Name, Min(firstEmployeeCode, known.FirstCode), known.Counts.Plus(counts))
            : (formation, firstEmployeeCode, counts);
        var role = roleId ?? ZoneSummaryService.UnknownRoleKey;
        _roles[role] = _roles.TryGetValue(role, out var roleCounts) ? roleCounts.Plus(counts) : counts;
    }

    public ZoneFigures Figures(OfficerScope scope, DateOnly asOf)
    {
        var byFormation = _formations.Values
            .OrderBy(f => f.Name, StringComparer.OrdinalIgnoreCase)
            .Select(f => new GroupSummary(f.Name, f.Name.Length == 0 ? ZoneSummaryService.NoFormationName : f.Name, f.Counts))
            .ToList();
        var order = basis.Roles.Select((r, i) => (r.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var byRole = _roles
            .OrderBy(r => order.GetValueOrDefault(r.Key, int.MaxValue))
            .Select(r => new GroupSummary(r.Key, order.TryGetValue(r.Key, out var i) ? basis.Roles[i].Name : ZoneSummaryService.UnknownRoleName, r.Value))
            .ToList();
        return new ZoneFigures(scope, asOf, basis.CycleId, basis.CycleTitle, basis.Deadline, _totals, byFormation, byRole);
    }

    private static string Min(string a, string b) => string.CompareOrdinal(a, b) <= 0 ? a : b;
}
