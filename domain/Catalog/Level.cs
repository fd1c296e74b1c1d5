namespace KarmayogiBot.Domain.Catalog;

/// <summary>A seniority level; a higher <see cref="Rank"/> is more senior.</summary>
public sealed record Level(string Id, string Name, string NameHi, int Rank)
{
    public bool IsAtLeast(Level other) => Rank >= other.Rank;
}
