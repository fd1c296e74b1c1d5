namespace KarmayogiBot.Domain.Catalog;

/// <summary>A wing, the formations Annexure A lists for it, and the keywords that recognise a formation name.</summary>
/// <param name="FormationsHi">The formations in Hindi: the names the circulars give in Hindi, the rest as written.</param>
/// <param name="Readings">Formations of this wing the circulars do not place plainly, and the product's reading.</param>
public sealed record WingDefinition(
    Wing Wing, string Name, string NameHi, string Formations, string FormationsHi, IReadOnlyList<string> Keywords, Citation Citation, IReadOnlyList<FormationReading> Readings);
