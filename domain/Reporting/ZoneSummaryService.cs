using KarmayogiBot.Domain.Catalog;
using KarmayogiBot.Domain.Compliance;
using KarmayogiBot.Domain.Officers;

namespace KarmayogiBot.Domain.Reporting;

/// <summary>
/// Zone and formation summaries, judged officer by officer: for the bot's nodal commands, the fortnightly report and
/// <c>worker summary --xlsx</c>. The officers come from the store in one read (<see cref="IZoneRecordStore"/>); designations are
/// resolved once per distinct designation and formation, and officers with the same role, level and progress in the
/// plan's courses share one compliance report (<see cref="StandingCache"/>); <see cref="ZoneTally"/> counts them.
/// </summary>
/// <param name="imports">Where the date of the newest iGOT report is read from (<see cref="ZoneSummary.Reports"/>); none leaves it unsaid.</param>
/// <param name="staleReportDays">The report age after which a summary warns.</param>
public sealed class ZoneSummaryService(IZoneRecordStore store, StandingEvaluator evaluator, IImportStore? imports = null, int staleReportDays = ReportAge.DefaultStaleAfterDays)
{
    /// <summary>The summary of the scope on <paramref name="asOf"/> (India time) in the plan current then.</summary>
    /// <param name="withCompletionDays">Read each completed record's day even when the plan does not count by date (the NACIN report, <see cref="NacinReport"/>).</param>
    public async Task<ZoneSummary> SummarizeAsync(OfficerScope scope, DateOnly asOf, CancellationToken cancellationToken = default, bool withCompletionDays = false)
    {
        var cycle = PlanOn(asOf);
        var officers = await store.ReadAsync(scope, withCompletionDays: withCompletionDays || cycle.Targets.Count > 0, cancellationToken).ConfigureAwait(false);
        var summary = Summarize(scope, officers, asOf);
        return imports is null ? summary : summary with { Reports = await ReportAge.ReadAsync(imports, staleReportDays, cancellationToken).ConfigureAwait(false) };
    }

    /// <summary>The summary of officers already read.</summary>
    public ZoneSummary Summarize(OfficerScope scope, IReadOnlyList<OfficerRecords> officers, DateOnly asOf)
    {
        var cycle = PlanOn(asOf);
        var standings = new StandingCache(evaluator, cycle, asOf).EvaluateAll(officers);
        var tally = ZoneTally.For(cycle);
        foreach (var standing in standings)
        {
            tally.Add(standing);
        }

        var figures = tally.Figures(scope, asOf);
        return new ZoneSummary(scope, asOf, cycle, figures.Totals, figures.ByFormation, figures.ByRole, standings);
    }

    private Cycle PlanOn(DateOnly asOf) =>
        evaluator.Catalog.CurrentPlan(asOf) ?? throw new InvalidOperationException("The catalog has no role-based training plan.");
}
