namespace KarmayogiBot.Domain.Catalog;

/// <summary>A count-based target ("10 courses by end of September 2024"), optionally with a competency mix.</summary>
/// <param name="By">The last day, inclusive, India time.</param>
public sealed record CountTarget(string Id, int Count, DateOnly By, IReadOnlyDictionary<Competency, int> MinimumByCompetency, Citation Citation);
