using KarmayogiBot.Domain.Catalog;
using KarmayogiBot.Domain.Compliance;
using KarmayogiBot.Domain.Reporting;

namespace KarmayogiBot.Infrastructure.Reports.Standings;

/// <summary>
/// What the stored standing facts were computed from: the catalog and the program (<see cref="Fingerprint"/>)
/// and the plan, with what a summary shows of that plan (id, title, last day, roles in the plan's order) and
/// the days on which it is the plan in force, so a summary can use the facts without loading the catalog.
/// </summary>
/// <param name="CurrentFrom">The first day (India time) the plan is in force; null when it is for every day before.</param>
/// <param name="CurrentUntil">The last day it is in force, inclusive; null when it has no successor.</param>
public sealed record StandingBasis(
    string Fingerprint,
    string CycleId,
    string CycleTitle,
    DateOnly Deadline,
    DateOnly? CurrentFrom,
    DateOnly? CurrentUntil,
    IReadOnlyList<PlanRole> Roles)
{
    /// <summary>The program's rules as built: the domain (resolver, evaluator) and this assembly (the facts).</summary>
    private static readonly string ProgramVersion =
        $"{typeof(StandingEvaluator).Assembly.ManifestModule.ModuleVersionId:N}.{typeof(StandingBasis).Assembly.ManifestModule.ModuleVersionId:N}";

    /// <summary>The fingerprint facts carry when computed with this catalog by this program.</summary>
    public static string FingerprintOf(string catalogFingerprint) => $"{catalogFingerprint}/{ProgramVersion}";

    /// <summary>The basis for facts of <paramref name="plan"/>, the plan in force on <paramref name="day"/>.</summary>
    public static StandingBasis For(TrainingCatalog catalog, Cycle plan, DateOnly day)
    {
        var (from, until) = DaysInForce(catalog, plan, day);
        return new StandingBasis(
            FingerprintOf(catalog.Fingerprint), plan.Id, plan.Title, plan.Deadline, from, until,
            plan.Roles.Select(r => new PlanRole(r.Id, r.Name)).ToList());
    }

    /// <summary>Whether facts on this basis answer for the day with this catalog and program.</summary>
    public bool Serves(string fingerprint, DateOnly day) =>
        Fingerprint == fingerprint && (CurrentFrom is null || day >= CurrentFrom) && (CurrentUntil is null || day <= CurrentUntil);

    /// <summary>
    /// The run of days around <paramref name="day"/> on which <see cref="TrainingCatalog.CurrentPlan"/> gives the plan.
    /// The plan in force changes only on a cycle's first day, so it is asked once for each span between two first days.
    /// </summary>
    private static (DateOnly? From, DateOnly? Until) DaysInForce(TrainingCatalog catalog, Cycle plan, DateOnly day)
    {
        var starts = catalog.Cycles.Select(c => c.Period.From).Where(d => d > DateOnly.MinValue).Distinct().Order().Prepend(DateOnly.MinValue).ToList();
        var here = starts.FindLastIndex(s => s <= day);
        bool InForce(int span) => catalog.CurrentPlan(starts[span])?.Id == plan.Id;
        var first = here;
        while (first > 0 && InForce(first - 1))
        {
            first--;
        }

        var last = here;
        while (last < starts.Count - 1 && InForce(last + 1))
        {
            last++;
        }

        return (first == 0 ? null : starts[first], last == starts.Count - 1 ? null : starts[last + 1].AddDays(-1));
    }
}
