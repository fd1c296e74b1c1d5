namespace KarmayogiBot.Domain.Catalog;

/// <summary>A named course a cycle requires beyond (or instead of) the role's courses.</summary>
/// <param name="Due">The last day to complete it, inclusive, India time.</param>
public sealed record Requirement(
    string Id,
    Course Course,
    DateOnly Due,
    Applicability AppliesTo,
    string? AppliesToText,
    string? AppliesToTextHi,
    string? Note,
    string? NoteHi,
    IReadOnlyList<Citation> Citations);
