using KarmayogiBot.Domain.Compliance;
using KarmayogiBot.Infrastructure.Reports;

namespace KarmayogiBot.Worker.Commands;

/// <summary>The iGOT profile designation against the entries to select; a mismatch hides the training plan on iGOT.</summary>
public sealed record IgotDesignationJson(string? Current, IReadOnlyList<string> ShouldSelect, bool Correct, string Note)
{
    public static IgotDesignationJson From(OfficerStanding standing) => new(
        standing.Officer.Profile?.Designation is { Length: > 0 } d ? d : null,
        standing.ExpectedIgotDesignations,
        standing.DesignationCorrect,
        StandingText.DesignationNote(standing));
}
