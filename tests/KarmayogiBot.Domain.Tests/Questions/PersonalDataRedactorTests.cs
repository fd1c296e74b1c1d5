using KarmayogiBot.Domain.Questions;

namespace KarmayogiBot.Domain.Tests.Questions;

public sealed class PersonalDataRedactorTests
{
    [Theory]
    [InlineData("mail meena.iyer@cbic.gov.in my status", "mail [email] my status")]
    [InlineData("my mobile is 9876543210", "my mobile is [phone]")]
    [InlineData("call +91 98765-43210 please", "call [phone] please")]
    [InlineData("ph 044 28345678", "ph [phone]")]
    [InlineData("call +44 20 7946 0958", "call [phone]")]
    [InlineData("status of CB000100?", "status of [code]?")]
    [InlineData("my HRMS id 4481273", "my HRMS id [code]")]
    [InlineData("emp code EMP-20417 courses", "emp code [code] courses")]
    public void Redact_PersonalData_ReplacedByAPlaceholder(string text, string expected) =>
        Assert.Equal(expected, PersonalDataRedactor.Redact(text, []));

    [Theory]
    [InlineData("D.O. dated 10.09.2025, courses for 2025-26?")]
    [InlineData("Emerging Technologies Level 1 by 25.04.2023")]
    [InlineData("what is Annexure A para 3?")]
    [InlineData("मेरे पाठ्यक्रम क्या हैं?")]
    public void Redact_DatesPlanYearsAndWords_Unchanged(string text) =>
        Assert.Equal(text, PersonalDataRedactor.Redact(text, ["Alex Wilber"]));

    [Fact]
    public void Redact_NamesGiven_EachWordTakenOutWhateverItsCase()
    {
        var redacted = PersonalDataRedactor.Redact("Is RAHUL verma done? and Rahul's courses? Alexander?", ["Rahul Verma", null, "Al"]);

        Assert.Equal("Is [name] [name] done? and [name]'s courses? Alexander?", redacted);
    }
}
