using KarmayogiBot.Domain.Catalog;
using KarmayogiBot.Domain.Catalog.Loading;

namespace KarmayogiBot.Domain.Tests.Catalog;

/// <summary>Where a citation points, in Hindi (places.yaml): whole phrases, names as written, headings quoted.</summary>
public sealed class CitationPlacesTests
{
    private static readonly TrainingCatalog Catalog = CatalogLoader.LoadDefault();

    [Theory]
    [InlineData("paras 3 and 4; Annexure B (introductory note)", "पैरा 3 और 4; अनुलग्नक B (परिचयात्मक टिप्पणी)")]
    [InlineData("Annexure A, role 8; Annexure B, S.No 8", "अनुलग्नक A, भूमिका 8; अनुलग्नक B, क्रम सं. 8")]
    [InlineData("para 3 to 6", "पैरा 3 से 6")]
    [InlineData("e-mails of 08.07.2024 and 23.07.2024", "08.07.2024 और 23.07.2024 के ई-मेल")]
    [InlineData("Exploring the Learn Hub; Availing the Courses", "‘Exploring the Learn Hub’ (लर्न हब देखना); ‘Availing the Courses’ (पाठ्यक्रम लेना)")]
    public void CatalogCitation_HasItsPlaceInHindi(string at, string hindi)
    {
        var citation = Catalog.Cycles.SelectMany(c => c.Roles.Select(r => r.Citation).Append(c.Citation).Concat(c.Requirements.SelectMany(r => r.Citations)))
            .Concat(Catalog.Topics.SelectMany(t => t.Citations)).First(c => c.At == at);

        Assert.Equal(hindi, citation.AtHi);
    }

    [Fact]
    public void Hindi_WordWithoutHindi_IsNamed_AndAWordInsideAnotherIsNotReplaced()
    {
        var places = new CitationPlaces([("para", "पैरा"), ("and", "और")], ["A"]);

        Assert.Contains("has no Hindi for 'Annexure'", Assert.Throws<ArgumentException>(() => places.Hindi("para 2 and Annexure")).Message, StringComparison.Ordinal);
        Assert.Equal("पैरा 2 और A", places.Hindi("para 2 and A"));
        Assert.Throws<ArgumentException>(() => places.Hindi("paragraph 2")); // "para" inside "paragraph" stays, and is named
    }
}
