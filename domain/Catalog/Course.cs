namespace KarmayogiBot.Domain.Catalog;

/// <summary>A course (or assessment programme) on iGOT, with one canonical id and every spelling that occurs.</summary>
/// <param name="MatchPrefix">For programmes iGOT names per role ("Comprehensive Assessment for ..."): any name starting with this matches.</param>
public sealed record Course(
    string Id,
    string Name,
    string? Provider,
    Competency? Competency,
    CourseKind Kind,
    IReadOnlyList<string> Aliases,
    string? MatchPrefix,
    string? Duration,
    string? Delivery)
{
    /// <summary>The name as Annexure A writes it, with its provider: "Noting and Drafting by ISTM".</summary>
    public string DisplayName => Provider is null ? Name : $"{Name} by {Provider}";
}
