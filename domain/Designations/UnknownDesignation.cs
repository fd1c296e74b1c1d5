namespace KarmayogiBot.Domain.Designations;

/// <summary>No designation of the catalog was recognised; <see cref="Suggestions"/> are the nearest spellings, if any.</summary>
public sealed record UnknownDesignation(string Input, IReadOnlyList<string> Suggestions) : DesignationResolution(Input);
