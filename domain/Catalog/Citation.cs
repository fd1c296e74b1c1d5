namespace KarmayogiBot.Domain.Catalog;

/// <summary>Where in a source a fact stands: the document and the paragraph or annexure.</summary>
public sealed record Citation(Source Source, string? At)
{
    /// <summary>A one-line reference an officer can look up, e.g. "D.O.F. No.DG/NACIN/PSM/95/2025 dated 10.09.2025, Annexure A".</summary>
    public override string ToString() =>
        $"{Source.Title} ({Source.Number}, dated {Source.Date:dd.MM.yyyy})" + (string.IsNullOrWhiteSpace(At) ? "" : $", {At}");
}
