namespace KarmayogiBot.Domain.Catalog;

/// <summary>A standing rule an officer may ask about (APAR linkage, no permission needed, the nodal officer, ...).</summary>
public sealed record Topic(
    string Id,
    string Title,
    string TitleHi,
    IReadOnlyList<string> Keywords,
    IReadOnlyList<string> KeywordsHi,
    string Text,
    string TextHi,
    IReadOnlyList<string> Steps,
    IReadOnlyList<string> StepsHi,
    IReadOnlyList<Citation> Citations);
