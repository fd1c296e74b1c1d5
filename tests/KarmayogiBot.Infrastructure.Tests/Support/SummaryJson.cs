using KarmayogiBot.Domain.Reporting;
using KarmayogiBot.Worker.Commands;

namespace KarmayogiBot.Infrastructure.Tests.Support;

/// <summary>A zone summary as <c>worker summary --json</c> prints it (camelCase): the reference shape <see cref="SummaryJsonWriter"/>'s output is checked against.</summary>
/// <param name="ByFormation">Keyed by formation as the roster writes it.</param>
/// <param name="ByRole">Keyed by role id (<c>unknown</c> for officers without one).</param>
public sealed record SummaryJson(
    string? Zone,
    string? Formation,
    string AsOf,
    string Cycle,
    string Deadline,
    int DaysLeft,
    CountsJson Totals,
    IReadOnlyDictionary<string, CountsJson> ByFormation,
    IReadOnlyDictionary<string, CountsJson> ByRole,
    IReadOnlyList<DefaulterJson> Defaulters)
{
    public static SummaryJson From(ZoneSummary summary) => new(
        summary.Scope.Zone,
        summary.Scope.Formation,
        StandingJson.Day(summary.AsOf),
        summary.Cycle.Id,
        StandingJson.Day(summary.Cycle.Deadline),
        summary.DaysLeft,
        CountsJson.From(summary.Totals, null),
        summary.ByFormation.ToDictionary(g => g.Key, g => CountsJson.From(g.Counts, null)),
        summary.ByRole.ToDictionary(g => g.Key, g => CountsJson.From(g.Counts, g.Name)),
        summary.Defaulters.Select(DefaulterJson.From).ToList());
}
