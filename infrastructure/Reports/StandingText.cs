using KarmayogiBot.Domain.Compliance;
using KarmayogiBot.Domain.Designations;

namespace KarmayogiBot.Infrastructure.Reports;

/// <summary>The sentences status and summary reports share.</summary>
public static class StandingText
{
    public static string? RoleProblem(OfficerStanding standing) => standing.Resolution switch
    {
        ResolvedDesignation => null,
        AmbiguousDesignation a => $"the designation '{a.Input}' falls in a role that depends on the formation, and the formation '{standing.Officer.Officer.Formation}' names no wing: {a.Question}",
        UnknownDesignation u => $"the designation '{u.Input}' is not one the plan knows" + (u.Suggestions.Count > 0 ? $" (did you mean {string.Join(", ", u.Suggestions)}?)" : ""),
        _ => "the role is not known",
    };

    public static string DesignationNote(OfficerStanding standing)
    {
        var current = standing.Officer.Profile?.Designation;
        var expected = string.Join(" or ", standing.ExpectedIgotDesignations.Select(e => $"'{e}'"));
        if (standing.ExpectedIgotDesignations.Count == 0)
        {
            return "the iGOT designation to select is not known until the role is";
        }

        if (standing.DesignationCorrect)
        {
            return $"the iGOT profile designation '{current}' is correct";
        }

        return string.IsNullOrWhiteSpace(current)
            ? $"no designation is selected on the iGOT profile: select {expected}, or the training plan stays hidden on iGOT"
            : $"the iGOT profile designation '{current}' is not the one to select ({expected}): a mismatch hides the training plan on iGOT";
    }
}
