namespace KarmayogiBot.Domain.Catalog;

/// <summary>Whom a cycle-wide requirement applies to.</summary>
/// <param name="MinLevel">Officers at this level or above; null for everyone.</param>
/// <param name="OnlyOfficersConcerned">The circular leaves it to the posting ("officers concerned"): advisory, never counted against compliance.</param>
public sealed record Applicability(Level? MinLevel, bool OnlyOfficersConcerned)
{
    public static Applicability Everyone { get; } = new(null, false);

    public bool AppliesTo(Level level) => MinLevel is null || level.IsAtLeast(MinLevel);
}
