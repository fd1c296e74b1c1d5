using KarmayogiBot.Domain.Catalog;

namespace KarmayogiBot.Domain.Compliance;

/// <summary>What the rules need to know of an officer: the role in the cycle's plan (null when unknown) and the level.</summary>
public sealed record OfficerPlacement(Role? Role, Level Level);
