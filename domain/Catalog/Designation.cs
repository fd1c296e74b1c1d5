namespace KarmayogiBot.Domain.Catalog;

/// <summary>A designation as officers write it: the official name, abbreviations and Hindi forms.</summary>
public sealed record Designation(string Id, string Name, Level Level, IReadOnlyList<string> Aliases, IReadOnlyList<string> Hindi);
