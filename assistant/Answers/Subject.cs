using KarmayogiBot.Domain.Catalog;
using KarmayogiBot.Domain.Compliance;
using KarmayogiBot.Domain.Designations;

namespace KarmayogiBot.Assistant.Answers;

/// <summary>Whom an answer is about: a resolved designation in a cycle, and the officer's standing when it is their own and known.</summary>
/// <param name="IsSelf">The user asked about themselves (their roster record or what they told the bot).</param>
public sealed record Subject(ResolvedDesignation Resolved, Cycle Cycle, OfficerStanding? Standing, bool IsSelf)
{
    public Role Role => Resolved.Role;

    /// <summary>The cycle-wide courses that apply at this designation's level (the Viksit Bharat course for JC and above).</summary>
    public IReadOnlyList<Requirement> Extras =>
        Cycle.RequirementsFor(Resolved.Designation.Level).Where(r => !r.AppliesTo.OnlyOfficersConcerned).ToList();
}
