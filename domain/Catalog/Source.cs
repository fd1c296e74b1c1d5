namespace KarmayogiBot.Domain.Catalog;

/// <summary>A circular, letter, OM or e-mail that the catalog's facts come from.</summary>
/// <param name="Date">The date the document bears.</param>
/// <param name="File">The file in shared/seeds that holds its text.</param>
public sealed record Source(string Id, string Title, string Number, DateOnly Date, string IssuedBy, string File);
