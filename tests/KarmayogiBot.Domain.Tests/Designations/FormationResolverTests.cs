using KarmayogiBot.Domain.Catalog;
using KarmayogiBot.Domain.Designations;

namespace KarmayogiBot.Domain.Tests.Designations;

public sealed class FormationResolverTests
{
    private readonly FormationResolver _resolver = new(TestCatalog.Catalog);

    [Theory]
    [InlineData("DGGI Chennai Zonal Unit", Wing.Gst)]
    [InlineData("CGST Chennai North Commissionerate", Wing.Gst)]
    [InlineData("DG Anti-Profiteering", Wing.Gst)]
    [InlineData("DGARM", Wing.Gst)]
    [InlineData("DGARM-NCTC", Wing.Customs)]
    [InlineData("JNCH", Wing.Customs)]
    [InlineData("Chennai Custom House", Wing.Customs)]
    [InlineData("DRI Mumbai Zonal Unit", Wing.Customs)]
    [InlineData("DG Valuation", Wing.Customs)]
    [InlineData("NACIN Palasamudram", Wing.Other)]
    [InlineData("National Academy of Customs, Indirect Taxes & Narcotics", Wing.Other)]
    [InlineData("DG Systems", Wing.Other)]
    [InlineData("DGoV", Wing.Other)]
    [InlineData("on deputation outside CBIC", Wing.Other)]
    [InlineData("customs", Wing.Customs)]
    [InlineData("gst", Wing.Gst)]
    [InlineData("other", Wing.Other)]
    [InlineData("सीमा शुल्क आयुक्तालय", Wing.Customs)]
    public void Formation_DecidesTheWing(string formation, Wing wing) => Assert.Equal(wing, _resolver.Resolve(formation));

    [Theory]
    [InlineData("Chennai")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("Customs and CGST")]
    public void FormationNamingNoWingOrTwo_IsNoAnswer(string? formation) => Assert.Null(_resolver.Resolve(formation));
}
