using KarmayogiBot.Domain.Catalog;

namespace KarmayogiBot.Domain.Compliance;

/// <summary>A count-based target (2024-25: 10 by 30.09.2024, 20 by 31.03.2025 with 8/3/2 by competency) and the officer's counts.</summary>
/// <param name="Completed">Courses completed in the cycle's period up to the target's day.</param>
/// <param name="ByCompetency">Of those, how many of each competency the catalog knows.</param>
public sealed record TargetResult(CountTarget Target, int Completed, IReadOnlyDictionary<Competency, int> ByCompetency, RequirementStatus Status)
{
    public int Missing => Math.Max(0, Target.Count - Completed);

    /// <summary>Competencies still short of their minimum, with how many more are needed.</summary>
    public IReadOnlyDictionary<Competency, int> MissingByCompetency =>
        Target.MinimumByCompetency
            .Where(m => ByCompetency.GetValueOrDefault(m.Key) < m.Value)
            .ToDictionary(m => m.Key, m => m.Value - ByCompetency.GetValueOrDefault(m.Key));
}
