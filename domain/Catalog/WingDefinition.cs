namespace KarmayogiBot.Domain.Catalog;

/// <summary>A wing, the formations Annexure A lists for it, and the keywords that recognise a formation name.</summary>
public sealed record WingDefinition(Wing Wing, string Name, string NameHi, string Formations, IReadOnlyList<string> Keywords, Citation Citation);
