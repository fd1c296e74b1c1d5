using KarmayogiBot.Domain.Catalog;
using KarmayogiBot.Domain.Compliance;
using KarmayogiBot.Domain.Officers;

namespace KarmayogiBot.Domain.Reporting;

/// <summary>
/// The fortnightly report NACIN's iGOT Cell asks of each zone's nodal officer (NACIN e-mails of 08.07.2024 and
/// 23.07.2024): "courses completed by officers in their respective zone". One row per officer of the scope who
/// completed at least one of the plan's mandatory courses (their role's courses and the cycle-wide ones that count,
/// advisory ones apart) in the <see cref="Period"/> (<see cref="FortnightlyPeriod"/>), with those courses and their
/// days; the totals of each zone and of the scope. Transferred-out officers are in no zone, so in no report.
/// </summary>
/// <param name="Day">The report's day (India date).</param>
/// <param name="Rows">By employee code.</param>
/// <param name="Zones">A line per zone, by name (one for a zone's report); an officer with no zone under <see cref="NoZone"/>.</param>
/// <param name="Total">The scope's line: the zone's, or "All zones" for an admin's report.</param>
public sealed record NacinReport(
    OfficerScope Scope,
    DateOnly Day,
    FortnightlyPeriod Period,
    Cycle Cycle,
    IReadOnlyList<NacinRow> Rows,
    IReadOnlyList<NacinTotals> Zones,
    NacinTotals Total)
{
    public const string AllZones = "All zones";

    public const string NoZone = "(no zone)";

    /// <summary>The date of the newest iGOT report the figures reflect; null when not read.</summary>
    public ReportAge? Reports { get; init; }

    /// <summary>
    /// The report of <paramref name="summary"/> (made on its as-of day). Its officers' completed records must carry
    /// their completion days (<see cref="ZoneSummaryService.SummarizeAsync"/> with <c>withCompletionDays</c>): a
    /// record without one is in no period.
    /// </summary>
    public static NacinReport From(ZoneSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var period = FortnightlyPeriod.For(summary.AsOf);
        var rows = new List<NacinRow>();
        var zones = new SortedDictionary<string, (ZoneTally Tally, int Officers, int Courses)>(StringComparer.OrdinalIgnoreCase);
        foreach (var standing in summary.Officers)
        {
            var courses = CompletedIn(standing, period);
            var zone = standing.Officer.Officer.Zone is { Length: > 0 } z ? z : NoZone;
            if (!zones.TryGetValue(zone, out var line))
            {
                line = (ZoneTally.For(summary.Cycle), 0, 0);
            }

            line.Tally.Add(standing);
            zones[zone] = (line.Tally, line.Officers + (courses.Count > 0 ? 1 : 0), line.Courses + courses.Count);
            if (courses.Count > 0)
            {
                rows.Add(new NacinRow(standing, courses));
            }
        }

        var lines = zones.Select(z => Line(z.Key, z.Value.Tally.Figures(summary.Scope, summary.AsOf).Totals, z.Value.Officers, z.Value.Courses)).ToList();
        var name = summary.Scope.Formation ?? summary.Scope.Zone ?? AllZones;
        var total = Line(name, summary.Totals, rows.Count, rows.Sum(r => r.Courses.Count));
        return new NacinReport(summary.Scope, summary.AsOf, period, summary.Cycle, rows, lines, total) { Reports = summary.Reports };
    }

    /// <summary>The plan's counted courses the officer completed in the period, by day then name; none when their role is not known.</summary>
    public static IReadOnlyList<CompletedCourse> CompletedIn(OfficerStanding standing, FortnightlyPeriod period)
    {
        ArgumentNullException.ThrowIfNull(standing);
        ArgumentNullException.ThrowIfNull(period);
        if (standing.Report is not { } report)
        {
            return [];
        }

        // A course completed twice (two reports, two spellings) counts on its first completion, in that period only.
        var days = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        foreach (var stored in standing.Officer.Records)
        {
            if (stored.Record is { IsCompleted: true, CompletedOn: { } day } && (!days.TryGetValue(stored.Record.CourseId, out var first) || day < first))
            {
                days[stored.Record.CourseId] = day;
            }
        }

        return report.Requirements.Where(r => !r.Advisory && days.TryGetValue(r.Course.Id, out var day) && period.Contains(day))
            .Select(r => new CompletedCourse(r.Course, days[r.Course.Id]))
            .DistinctBy(c => c.Course.Id)
            .OrderBy(c => c.CompletedOn).ThenBy(c => c.Course.Name, StringComparer.Ordinal)
            .ToList();
    }

    private static NacinTotals Line(string name, SummaryCounts counts, int completedInPeriod, int courses) =>
        new(name, counts.Officers, counts.Registered, counts.Compliant, completedInPeriod, courses);
}
