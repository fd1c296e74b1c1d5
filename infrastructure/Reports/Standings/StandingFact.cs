using KarmayogiBot.Domain.Compliance;

namespace KarmayogiBot.Infrastructure.Reports.Standings;

/// <summary>
/// What a summary needs of one officer's standing in a plan, none of it depending on the day asked about:
/// the role (null when the designation gave none), compliant, assessment passed, iGOT designation correct,
/// the counted courses not done (course ids, comma-separated, in the plan's order) and how many things are
/// left with the assessment, and the first day on which something left is overdue (its last day plus one).
/// </summary>
internal readonly record struct StandingFact(
    long OfficerId,
    string? RoleId,
    bool Compliant,
    bool AssessmentPassed,
    bool DesignationCorrect,
    string Pending,
    int PendingCount,
    DateOnly? OverdueFrom)
{
    /// <param name="standing">The officer's standing on any day of the plan: only what does not depend on the day is kept.</param>
    public static StandingFact Of(long officerId, OfficerStanding standing)
    {
        if (standing.Report is not { } report)
        {
            return new StandingFact(officerId, null, false, false, false, "", 0, null);
        }

        var pending = report.Outstanding.ToList();
        var lastDays = pending.Select(r => r.Due).ToList();
        if (report.Assessment is { Passed: false } assessment)
        {
            lastDays.Add(assessment.Due);
        }

        return new StandingFact(
            officerId,
            standing.Role!.Id,
            standing.IsCompliant,
            standing.AssessmentPassed,
            standing.DesignationCorrect,
            string.Join(',', pending.Select(r => r.Course.Id)),
            report.PendingCount,
            lastDays.Count == 0 ? null : lastDays.Min().AddDays(1));
    }
}
