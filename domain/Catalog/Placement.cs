namespace KarmayogiBot.Domain.Catalog;

/// <summary>Where a designation falls in a cycle's plan for one wing (or any wing), and what to select on iGOT.</summary>
/// <param name="Wing">The wing this placement is for; null for any formation.</param>
/// <param name="IgotDesignation">The exact drop-down entry (Annexure B column B) when there is one.</param>
/// <param name="Closest">The entries to choose from when column B has none for this designation.</param>
public sealed record Placement(
    Designation Designation,
    Role Role,
    Wing? Wing,
    string? IgotDesignation,
    IReadOnlyList<string> Closest,
    string? Note,
    string? NoteHi)
{
    public bool IsExactIgotMatch => IgotDesignation is not null;

    /// <summary>The entries an officer may select: the exact one, or the closest ones.</summary>
    public IReadOnlyList<string> IgotChoices => IgotDesignation is null ? Closest : [IgotDesignation];
}
