namespace KarmayogiBot.Domain.Tests.Catalog;

public sealed class CourseNameMatcherTests
{
    [Theory]
    [InlineData("Demands under CGST Act, 2017 by NACIN by NACIN", "demands-cgst")]
    [InlineData("GenAI for everyone by Fractal", "genai-for-everyone")]
    [InlineData("Gen AI for Everyone", "genai-for-everyone")]
    [InlineData("Know Your Department-CBIC by NACIN/CBIC", "know-your-department")]
    [InlineData("Know Your Department-CBIC by NACIN", "know-your-department")]
    [InlineData("Know Your Department – CBIC", "know-your-department")]
    [InlineData("Noting & Drafting", "noting-and-drafting")]
    [InlineData("Noting and drafting", "noting-and-drafting")]
    [InlineData("Workplace Well-being", "workplace-wellbeing")]
    [InlineData("Input Tax Credit(ITC) Mechanism", "itc-mechanism")]
    [InlineData("Digital Forensic: Handling Digital Evidence, SOP and CoC", "digital-forensic-sop")]
    [InlineData("Indian Knowledge System - Perspective on Public Administration", "iks-public-administration")]
    [InlineData("Data Driven Decision Making for Government by CBC/Wadhvani Institute of Technology and Policy", "data-driven-decision-making")]
    [InlineData("Comprehensive Assessment for Deputy/Assistant Commissioner", "comprehensive-assessment-2025-26")]
    [InlineData("Comprehensive Assessment for Superintendent and Inspector (CGST)", "comprehensive-assessment-2025-26")]
    [InlineData("Prevention of Sexual Harassment at Workplace", "posh")]
    [InlineData("Classification of Goods", "classification-of-goods")]
    [InlineData("Classification of Goods and Services in GST", "classification-goods-services-gst")]
    [InlineData("Cybersecurity", "cybersecurity")]
    [InlineData("Cyber Security Basics", "cyber-security-basics")]
    [InlineData("Improving Outreach and Communication for Viksit Bharat", "viksit-bharat")]
    public void Spelling_MatchesItsCourse(string name, string id) =>
        Assert.Equal(id, TestCatalog.Catalog.CourseNames.Match(name)?.Id);

    [Theory]
    [InlineData("Customs Valuation: Principles and Practice")]
    [InlineData("Conduct Rules for Government Servants")]
    [InlineData("")]
    [InlineData("by NACIN")]
    public void OtherCourse_MatchesNothing(string name) => Assert.Null(TestCatalog.Catalog.CourseNames.Match(name));
}
