namespace KarmayogiBot.Domain.Catalog;

/// <summary>Where in a source a fact stands: the document and the paragraph or annexure.</summary>
public sealed record Citation(Source Source, string? At)
{
    /// <summary>The short form for a citation line: "DG NACIN D.O. of 10.09.2025, Annexure A".</summary>
    public string Short => Source.Short + (string.IsNullOrWhiteSpace(At) ? "" : $", {At}");

    /// <summary>A one-line reference an officer can look up, e.g. "... (D.O.F. No.DG/NACIN/PSM/95/2025, dated 10.09.2025), Annexure A".</summary>
    public override string ToString() =>
        $"{Source.Title} ({Source.Number}, {Source.Dated})" + (string.IsNullOrWhiteSpace(At) ? "" : $", {At}");
}
