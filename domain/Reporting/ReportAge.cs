using KarmayogiBot.Domain.Officers;

namespace KarmayogiBot.Domain.Reporting;

/// <summary>
/// How old the figures are: the date of the newest iGOT report imported (UserReport, ConsumptionReport or
/// CBPEnrollmentReport), and whether it is older than <see cref="StaleAfterDays"/> (NACIN's reports are fortnightly).
/// </summary>
/// <param name="Newest">The newest report's date (its Report_Last_Generated_On, India time); null when none is imported.</param>
public sealed record ReportAge(DateOnly? Newest, int StaleAfterDays)
{
    /// <summary>The default age after which a summary warns: NACIN asks for a report every fortnight.</summary>
    public const int DefaultStaleAfterDays = 15;

    private static readonly ImportKind[] IgotReports = [ImportKind.IgotUsers, ImportKind.IgotConsumption, ImportKind.IgotCbpEnrolment];

    /// <summary>Days from the newest report to <paramref name="asOf"/>; null when none is imported.</summary>
    public int? DaysOld(DateOnly asOf) => Newest is { } newest ? asOf.DayNumber - newest.DayNumber : null;

    /// <summary>Whether the newest report is older than <see cref="StaleAfterDays"/> on <paramref name="asOf"/> (never when none is imported: that is said apart).</summary>
    public bool IsStale(DateOnly asOf) => DaysOld(asOf) > StaleAfterDays;

    /// <summary>The age of the store's newest iGOT report.</summary>
    public static async Task<ReportAge> ReadAsync(IImportStore imports, int staleAfterDays, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(imports);
        ArgumentOutOfRangeException.ThrowIfLessThan(staleAfterDays, 1);
        DateTime? newest = null;
        foreach (var kind in IgotReports)
        {
            if (await imports.LatestAsync(kind, cancellationToken).ConfigureAwait(false) is { ReportedAt: { } reported } && (newest is null || reported > newest))
            {
                newest = reported;
            }
        }

        return new ReportAge(newest is { } at ? DateOnly.FromDateTime(at) : null, staleAfterDays);
    }
}
