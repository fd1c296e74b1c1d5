using KarmayogiBot.Domain.Catalog;
using KarmayogiBot.Domain.Compliance;
using KarmayogiBot.Domain.Officers;
using KarmayogiBot.Infrastructure.Storage;

namespace KarmayogiBot.Infrastructure.Reports;

/// <summary>
/// Zone and formation summaries over the store: for <c>worker summary</c>, the bot's nodal commands and the
/// fortnightly report. Two queries side by side (<see cref="SummaryReader"/>), then the rules: designations are
/// resolved once per distinct designation and formation, and officers with the same role, level and progress
/// in the plan's courses share one compliance report (in role-based plans, nothing else decides it).
/// </summary>
public sealed class ZoneSummaryService(KarmayogiDatabase database, StandingEvaluator evaluator)
{
    public const string UnknownRoleKey = "unknown";

    internal const string UnknownRoleName = "Role not known (designation or formation not recognised)";

    internal const string NoFormationName = "(no formation)";

    /// <summary>The summary of the scope on <paramref name="asOf"/> (India time) in the plan current then.</summary>
    public async Task<ZoneSummary> SummarizeAsync(OfficerScope scope, DateOnly asOf, CancellationToken cancellationToken = default)
    {
        var cycle = evaluator.Catalog.CurrentPlan(asOf) ?? throw new InvalidOperationException("The catalog has no role-based training plan.");
        var officers = await SummaryReader.ReadAsync(database, evaluator.Catalog, scope, withDates: cycle.Targets.Count > 0, cancellationToken).ConfigureAwait(false);
        return Summarize(scope, officers, asOf);
    }

    /// <summary>The summary of officers already read.</summary>
    public ZoneSummary Summarize(OfficerScope scope, IReadOnlyList<OfficerRecords> officers, DateOnly asOf)
    {
        var cycle = evaluator.Catalog.CurrentPlan(asOf) ?? throw new InvalidOperationException("The catalog has no role-based training plan.");
        var standings = new StandingCache(evaluator, cycle, asOf).EvaluateAll(officers);

        var byFormation = standings
            .GroupBy(s => s.Officer.Officer.Formation ?? "", StringComparer.OrdinalIgnoreCase)
            .OrderBy(g => g.Key, StringComparer.OrdinalIgnoreCase)
            .Select(g => new GroupSummary(g.Key, g.Key.Length == 0 ? NoFormationName : g.Key, SummaryCounts.Of(g.ToList())))
            .ToList();
        var roleOrder = cycle.Roles.Select((r, i) => (r.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var byRole = standings
            .GroupBy(s => s.Role?.Id ?? UnknownRoleKey, StringComparer.Ordinal)
            .OrderBy(g => roleOrder.GetValueOrDefault(g.Key, int.MaxValue))
            .Select(g => new GroupSummary(g.Key, g.First().Role?.Name ?? UnknownRoleName, SummaryCounts.Of(g.ToList())))
            .ToList();
        return new ZoneSummary(scope, asOf, cycle, SummaryCounts.Of(standings), byFormation, byRole, standings);
    }
}
