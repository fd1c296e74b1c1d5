namespace KarmayogiBot.Domain.Catalog;

/// <summary>A circular, letter, OM or e-mail that the catalog's facts come from.</summary>
/// <param name="Date">The date the document bears; null when it bears none (or leaves the day blank).</param>
/// <param name="DateAsWritten">How the document is dated when <paramref name="Date"/> is null: "dated .03.2023", "undated (...)".</param>
/// <param name="Short">The short name a citation line uses: "DG NACIN D.O. of 10.09.2025".</param>
/// <param name="ShortHi">The short name in Hindi.</param>
/// <param name="File">The file in shared/seeds that holds its text.</param>
public sealed record Source(string Id, string Title, string Number, DateOnly? Date, string? DateAsWritten, string IssuedBy, string File, string Short, string ShortHi)
{
    /// <summary>"dated 10.09.2025", or the document's own dating when it has no full date.</summary>
    public string Dated => Date is { } date ? $"dated {date:dd.MM.yyyy}" : DateAsWritten ?? "undated";
}
