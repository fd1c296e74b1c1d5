namespace KarmayogiBot.Domain.Reporting;

/// <summary>A zone's (or all zones') line of the NACIN report's totals.</summary>
/// <param name="Name">The zone, or "All zones".</param>
/// <param name="Officers">Officers of the zone (transferred-out officers are in no zone).</param>
/// <param name="Registered">Officers iGOT has an account for (a UserReport row): the FM's direction of 29.08.2024 asks that all register.</param>
/// <param name="Compliant">Officers fully compliant with the plan on the report's day.</param>
/// <param name="CompletedInPeriod">Officers who completed at least one of the plan's mandatory courses in the period.</param>
/// <param name="CoursesInPeriod">The plan's mandatory courses completed in the period, all officers together.</param>
public sealed record NacinTotals(string Name, int Officers, int Registered, int Compliant, int CompletedInPeriod, int CoursesInPeriod)
{
    public int NotRegistered => Officers - Registered;
}
