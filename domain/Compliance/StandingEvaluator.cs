using KarmayogiBot.Domain.Catalog;
using KarmayogiBot.Domain.Designations;
using KarmayogiBot.Domain.Officers;

namespace KarmayogiBot.Domain.Compliance;

/// <summary>
/// Judges officers from their stored records: resolves the roster designation and formation to a role
/// in the plan in force on the given day (India time, passed in), evaluates the rules, and checks the
/// iGOT profile designation against Annexure B. Thread-safe; keeps one resolver per cycle.
/// </summary>
public sealed class StandingEvaluator(TrainingCatalog catalog)
{
    private readonly Dictionary<string, DesignationResolver> _resolvers = [];
    private readonly Lock _lock = new();

    public TrainingCatalog Catalog => catalog;

    /// <param name="cycle">The cycle to judge by; by default the plan in force on <paramref name="asOf"/>.</param>
    public OfficerStanding Evaluate(OfficerRecords officer, DateOnly asOf, Cycle? cycle = null)
    {
        cycle ??= catalog.CurrentPlan(asOf) ?? throw new InvalidOperationException("the catalog has no role-based plan");
        var resolution = ResolverFor(cycle).Resolve(officer.Officer.Designation, officer.Officer.Formation, officer.Officer.Wing);
        if (resolution is not ResolvedDesignation resolved)
        {
            return OfficerStanding.Unresolved(officer, cycle, resolution);
        }

        var records = officer.Records.Select(r => r.Record).ToList();
        var report = ComplianceEvaluator.Evaluate(cycle, new OfficerPlacement(resolved.Role, resolved.Designation.Level), records, asOf, catalog);
        return OfficerStanding.Of(officer, cycle, resolved, report);
    }

    public DesignationResolver ResolverFor(Cycle cycle)
    {
        lock (_lock)
        {
            if (!_resolvers.TryGetValue(cycle.Id, out var resolver))
            {
                resolver = new DesignationResolver(catalog, cycle);
                _resolvers[cycle.Id] = resolver;
            }

            return resolver;
        }
    }
}
