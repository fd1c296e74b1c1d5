using KarmayogiBot.Domain.Catalog;
using KarmayogiBot.Domain.Designations;

namespace KarmayogiBot.Domain.Tests.Designations;

/// <summary>Annexure B column B, transcribed from the circular: each role's iGOT entries, and each entry resolves to its role.</summary>
public sealed class AnnexureBTests
{
    public static readonly TheoryData<int, string[]> ColumnB = new()
    {
        { 1, ["Principal Chief Commissioner", "Principal Director General", "Director General", "Chief Commissioner", "Principal Commissioner", "Principal Additional Director General", "Commissioner", "Additional Director General"] },
        { 2, ["Additional Commissioner (Central Goods and Services Tax - CGST)", "Joint Commissioner (Central Goods and Services Tax - CGST)"] },
        { 3, ["Additional Commissioner (Customs)", "Joint Commissioner (Customs)"] },
        { 4, ["Additional Commissioner", "Joint Commissioner"] },
        { 5, ["Deputy Commissioner (Central Goods and Services Tax - CGST)", "Assistant Commissioner (Central Goods and Services Tax - CGST)"] },
        { 6, ["Deputy Commissioner (Customs)", "Assistant Commissioner (Customs)"] },
        { 7, ["Deputy Commissioner", "Assistant Commissioner", "Assistant Commissioner/Assistant Director"] },
        { 8, ["Superintendent (CGST)", "Inspector (Central Goods and Services Tax - CGST)"] },
        { 9, ["Preventive Officer", "Examiner", "Appraiser (Customs)", "Inspector (Customs)", "Superintendent of Customs"] },
        { 10, ["Superintendent", "Additional Assistant Director", "Inspector", "Chemical Examiner"] },
        { 11, ["Assistant Director - Official Language", "Deputy Director (Official Language)", "Junior Translator", "Senior Translator", "Officer (Official Language)", "Private Secretary", "Senior Private Secretary", "Stenographer Grade I", "Stenographer Grade II"] },
        { 12, ["Chief Accounts Officer", "Pay and Accounts Officer", "Administrative Officer", "Tax Assistant", "Executive Assistant", "Admin Officer", "Cost Accountant", "Accounts Officer"] },
        { 13, ["Upper Division Clerk", "Lower Division Clerk", "Head Havaldar", "Havaldar", "Multi Tasking Staff"] },
    };

    [Theory]
    [MemberData(nameof(ColumnB))]
    public void Role_ListsExactlyTheColumnBDesignations(int number, string[] entries)
    {
        var role = TestCatalog.Plan2025.Roles.Single(r => r.Number == number);
        Assert.Equal(entries, role.IgotDesignations);
    }

    /// <summary>An entry that names no wing ("Superintendent") is resolved with a formation of the role's wing, as an officer posted there would be.</summary>
    [Theory]
    [MemberData(nameof(ColumnB))]
    public void ColumnBEntry_ResolvesToItsRole_AndIsTheEntryToSelect(int number, string[] entries)
    {
        var role = TestCatalog.Plan2025.Roles.Single(r => r.Number == number);
        var resolver = new DesignationResolver(TestCatalog.Catalog, TestCatalog.Plan2025);
        var formation = role.Wing switch
        {
            Wing.Gst => "CGST Chennai North Commissionerate",
            Wing.Customs => "Chennai Customs (Seaport)",
            Wing.Other => "NACIN Palasamudram",
            _ => null,
        };
        foreach (var entry in entries)
        {
            var resolved = Assert.IsType<ResolvedDesignation>(resolver.Resolve(entry, formation));
            Assert.Equal(role, resolved.Role);
            Assert.Contains(entry, resolved.Placement.IgotChoices);
        }
    }

    [Theory]
    [InlineData("Superintendent (CGST)", 8)]
    [InlineData("Inspector (Central Goods and Services Tax - CGST)", 8)]
    [InlineData("Inspector (Customs)", 9)]
    [InlineData("Superintendent of Customs", 9)]
    [InlineData("Additional Commissioner (Customs)", 3)]
    [InlineData("Deputy Commissioner (Central Goods and Services Tax - CGST)", 5)]
    [InlineData("Assistant Commissioner/Assistant Director", 7)]
    public void WingSpecificEntry_NeedsNoFormation(string entry, int role)
    {
        var resolver = new DesignationResolver(TestCatalog.Catalog, TestCatalog.Plan2025);
        Assert.Equal(role, Assert.IsType<ResolvedDesignation>(resolver.Resolve(entry)).Role.Number);
    }
}
