using KarmayogiBot.Domain.Compliance;
using KarmayogiBot.Domain.Officers;

namespace KarmayogiBot.Domain.Reporting;

/// <summary>An officer of the NACIN report: who they are (the circulars' columns) and the plan's courses they completed in the period, by day.</summary>
public sealed record NacinRow(OfficerStanding Standing, IReadOnlyList<CompletedCourse> Courses)
{
    public Officer Officer => Standing.Officer.Officer;
}
