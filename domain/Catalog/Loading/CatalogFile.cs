namespace KarmayogiBot.Domain.Catalog.Loading;

/// <summary>One catalog data file: its name (for error messages) and its YAML text.</summary>
public sealed record CatalogFile(string Name, string Text);
