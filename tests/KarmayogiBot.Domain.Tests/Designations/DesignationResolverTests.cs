using KarmayogiBot.Domain.Catalog;
using KarmayogiBot.Domain.Designations;

namespace KarmayogiBot.Domain.Tests.Designations;

public sealed class DesignationResolverTests
{
    private readonly DesignationResolver _resolver = new(TestCatalog.Catalog, TestCatalog.Plan2025);

    [Theory]
    [InlineData("Supdt", "CGST Chennai North Commissionerate", 8)]
    [InlineData("Supdt.", "Mumbai Custom House", 9)]
    [InlineData("Insp", "JNCH", 9)]
    [InlineData("Inspr", "DG Systems Chennai", 10)]
    [InlineData("AC", "DGGI Chennai Zonal Unit", 5)]
    [InlineData("DC", "DRI Mumbai Zonal Unit", 6)]
    [InlineData("AC", "NACIN Palasamudram", 7)]
    [InlineData("JC", "DG Systems", 4)]
    [InlineData("ADC", "CGST Audit-I Chennai", 2)]
    [InlineData("ADC", "Custom House Chennai", 3)]
    [InlineData("PO", null, 9)]
    [InlineData("MTS", null, 13)]
    [InlineData("LDC", null, 13)]
    [InlineData("UDC", null, 13)]
    [InlineData("TA", null, 12)]
    [InlineData("EA", null, 12)]
    [InlineData("AO", null, 12)]
    [InlineData("Sr. PS", null, 11)]
    [InlineData("Steno", null, 11)]
    [InlineData("Steno-II", null, 11)]
    [InlineData("Pr. Commr", null, 1)]
    [InlineData("Chief Commissioner", null, 1)]
    public void Abbreviation_ResolvesToRole(string designation, string? formation, int role) =>
        Assert.Equal(role, Assert.IsType<ResolvedDesignation>(_resolver.Resolve(designation, formation)).Role.Number);

    [Theory]
    [InlineData("निरीक्षक", "सीजीएसटी चेन्नई", 8)]
    [InlineData("अधीक्षक", "सीमा शुल्क", 9)]
    [InlineData("सहायक आयुक्त", "नासिन", 7)]
    [InlineData("उप आयुक्त", "CGST Chennai", 5)]
    [InlineData("संयुक्त आयुक्त", "DRI", 3)]
    [InlineData("कर सहायक", null, 12)]
    [InlineData("हवलदार", null, 13)]
    [InlineData("बहु कार्य स्टाफ", null, 13)]
    [InlineData("आयुक्त", null, 1)]
    [InlineData("मैं अधीक्षक (सीजीएसटी) हूँ", null, 8)]
    public void HindiDesignation_ResolvesToRole(string designation, string? formation, int role) =>
        Assert.Equal(role, Assert.IsType<ResolvedDesignation>(_resolver.Resolve(designation, formation)).Role.Number);

    [Theory]
    [InlineData("Superintendnt", "CGST Chennai", 8)]
    [InlineData("Inspecter", "JNCH", 9)]
    [InlineData("Comissioner", null, 1)]
    [InlineData("Assistent Commissioner", "DGGI", 5)]
    [InlineData("Multi Taskng Staff", null, 13)]
    [InlineData("Executve Assistant", null, 12)]
    public void Typo_ResolvesAboveTheThreshold_AndSaysItWasFuzzy(string designation, string? formation, int role)
    {
        var resolved = Assert.IsType<ResolvedDesignation>(_resolver.Resolve(designation, formation));
        Assert.Equal(role, resolved.Role.Number);
        Assert.True(resolved.Fuzzy);
    }

    [Theory]
    [InlineData("Chief Executive Officer")]
    [InlineData("Pilot")]
    [InlineData("xyz")]
    [InlineData("")]
    public void UnknownText_IsNeverAGuess(string designation) =>
        Assert.IsType<UnknownDesignation>(_resolver.Resolve(designation));

    [Theory]
    [InlineData("Superintendent", 8, 9, 10)]
    [InlineData("Inspector", 8, 9, 10)]
    [InlineData("Deputy Commissioner", 5, 6, 7)]
    [InlineData("Additional Commissioner", 2, 3, 4)]
    public void DesignationWithoutFormation_IsAmbiguous_WithTheCandidatesAndTheQuestion(string designation, params int[] roles)
    {
        var ambiguous = Assert.IsType<AmbiguousDesignation>(_resolver.Resolve(designation));
        Assert.Equal(roles, ambiguous.Candidates.Select(c => c.Role.Number).Order());
        Assert.Contains("GST field formations", ambiguous.Question);
        Assert.Contains("Customs formations", ambiguous.Question);
        Assert.Contains("DGGI", ambiguous.Question);
        Assert.Contains("तैनात", ambiguous.QuestionHi);
    }

    [Fact]
    public void FormationThatNamesNoWing_LeavesTheDesignationAmbiguous() =>
        Assert.IsType<AmbiguousDesignation>(_resolver.Resolve("Superintendent", "Chennai"));

    [Fact]
    public void Driver_IsInRole13_WithTheClosestDropDownEntryAndAnExplanation()
    {
        var resolved = Assert.IsType<ResolvedDesignation>(_resolver.Resolve("Driver"));
        Assert.Equal(13, resolved.Role.Number);
        Assert.False(resolved.Placement.IsExactIgotMatch);
        Assert.Equal(["Multi Tasking Staff"], resolved.Placement.IgotChoices);
        Assert.Contains("no Driver entry", resolved.Placement.Note);
    }

    [Fact]
    public void UpperDivisionClerk_IsInRole13_ThoughTheRoleNameOmitsIt()
    {
        var resolved = Assert.IsType<ResolvedDesignation>(_resolver.Resolve("Upper Division Clerk"));
        Assert.Equal(13, resolved.Role.Number);
        Assert.Equal("Upper Division Clerk", resolved.Placement.IgotDesignation);
        Assert.Contains("omits UDC", resolved.Placement.Note);
    }

    [Fact]
    public void AO_OffersBothDropDownEntries() =>
        Assert.Equal(["Administrative Officer", "Accounts Officer"], Assert.IsType<ResolvedDesignation>(_resolver.Resolve("AO")).Placement.IgotChoices);

    [Theory]
    [InlineData("I am a Superintendent of CGST. Which courses are mandatory for me?", 8)]
    [InlineData("I'm an AC in CGST. my courses pls", 5)]
    [InlineData("Appraiser at Mumbai Custom House - what are my mandated courses?", 9)]
    [InlineData("What does a Multi Tasking Staff have to complete on iGOT?", 13)]
    [InlineData("I am a Havaldar, which designation?", 13)]
    [InlineData("मैं कस्टम्स में एसी हूँ", 6)]
    [InlineData("मैं पीएओ हूँ", 12)]
    [InlineData("मैं सीजीएसटी में जेसी हूँ", 2)]
    public void Sentence_MentioningADesignation_Resolves(string sentence, int role) =>
        Assert.Equal(role, Assert.IsType<ResolvedDesignation>(_resolver.FindInSentence(sentence)).Role.Number);

    [Theory]
    [InlineData("PS to Principal Commissioner here. My iGOT courses?", "Principal Commissioner")]
    public void DesignationAfterTo_IsWhomTheOfficerWorksFor_NotTheirs(string sentence, string notTheirs) =>
        Assert.NotEqual(notTheirs, Assert.IsType<ResolvedDesignation>(_resolver.FindInSentence(sentence)).Designation.Name);

    [Theory]
    [InlineData("Give me the names of officers in my Range who haven't completed the training plan")]
    [InlineData("list of officers in my division")]
    public void OfficersInGeneral_AreNoDesignation(string sentence) =>
        Assert.Null(_resolver.FindInSentence(sentence));

    [Fact]
    public void ShortWordBesideADesignation_DoesNotMakeALongerOne() =>
        Assert.Equal("Havaldar", Assert.IsType<ResolvedDesignation>(_resolver.FindInSentence("I am a Havaldar, which designation should I select?")).Designation.Name);

    [Theory]
    [InlineData("so what should I add to my profile?")]
    [InlineData("when is the deadline")]
    public void Sentence_WithoutADesignation_FindsNone(string sentence) =>
        Assert.Null(_resolver.FindInSentence(sentence));

    [Fact]
    public void JointCommissioner_HasTheDsLevel_SoTheViksitBharatCourseApplies()
    {
        var resolved = Assert.IsType<ResolvedDesignation>(_resolver.Resolve("Joint Commissioner", "DG Systems"));
        Assert.Contains(TestCatalog.Plan2025.RequirementsFor(resolved.Designation.Level), r => r.Course.Id == "viksit-bharat");
        var superintendent = Assert.IsType<ResolvedDesignation>(_resolver.Resolve("Superintendent", "DG Systems"));
        Assert.Empty(TestCatalog.Plan2025.RequirementsFor(superintendent.Designation.Level));
    }

    // Issue 13, small things: the wing question read "The role of a Inspector".
    [Theory]
    [InlineData("Inspector", "The role of an Inspector depends")]
    [InlineData("Superintendent", "The role of a Superintendent depends")]
    public void Resolve_RoleDependsOnTheFormation_AsksWithTheRightArticle(string designation, string start)
    {
        var ambiguous = Assert.IsType<AmbiguousDesignation>(_resolver.Resolve(designation));

        Assert.StartsWith(start, ambiguous.Question);
    }
}
