namespace KarmayogiBot.Domain.Catalog;

/// <summary>Where in a source a fact stands: the document and the paragraph or annexure.</summary>
public sealed record Citation(Source Source, string? At)
{
    /// <summary>The place in Hindi ("पैरा 3 और 4"), from places.yaml; null when <see cref="At"/> is.</summary>
    public string? AtHi { get; init; }

    /// <summary>The short form in Hindi: "डीजी नासिन का 10.09.2025 का डी.ओ., अनुलग्नक A".</summary>
    public string ShortHi => Source.ShortHi + (string.IsNullOrWhiteSpace(AtHi) ? "" : $", {AtHi}");

    /// <summary>The one-line reference in Hindi: the source's Hindi name, its number, and the place.</summary>
    public string ToHindiString() =>
        $"{Source.ShortHi} ({Source.Number})" + (string.IsNullOrWhiteSpace(AtHi) ? "" : $", {AtHi}");

    /// <summary>The short form for a citation line: "DG NACIN D.O. of 10.09.2025, Annexure A".</summary>
    public string Short => Source.Short + (string.IsNullOrWhiteSpace(At) ? "" : $", {At}");

    /// <summary>A one-line reference an officer can look up, e.g. "... (D.O.F. No.DG/NACIN/PSM/95/2025, dated 10.09.2025), Annexure A".</summary>
    public override string ToString() =>
        $"{Source.Title} ({Source.Number}, {Source.Dated})" + (string.IsNullOrWhiteSpace(At) ? "" : $", {At}");
}
