using KarmayogiBot.Domain.Catalog;
using KarmayogiBot.Domain.Designations;

namespace KarmayogiBot.Domain.Tests.Catalog;

/// <summary>
/// Issue 13: the catalog says what the circulars say and no more. Each test quotes the circular it holds the catalog to.
/// </summary>
public sealed class CircularFidelityTests
{
    private static TrainingCatalog Catalog => TestCatalog.Catalog;

    private static Source SourceOf(string id) => Catalog.Sources.Single(s => s.Id == id);

    [Fact]
    public void Plan2024_CbicCourses_HaveNoProvider_ForTheActionPlanSaysOnly_CbicHasDeveloped21Courses()
    {
        // Action Plan 2024-25: "CBIC has developed 21 courses which are available on the portal" (no provider named).
        // Only four of them appear "by NACIN" in Annexure A of 10.09.2025: Adjudication in GST, Demands under CGST Act,
        // Input Tax Credit (ITC) Mechanism, Refunds in GST.
        var plan = Catalog.FindCycle("2024-25")!;
        string[] byNacinInAnnexureA = ["adjudication-in-gst", "demands-cgst", "itc-mechanism", "refunds-in-gst"];
        Assert.All(plan.DomainCourses.Concat(plan.OptionalDomainCourses).Where(c => !byNacinInAnnexureA.Contains(c.Id)), c => Assert.Null(c.Provider));
        Assert.All(byNacinInAnnexureA, id => Assert.Equal("NACIN", Catalog.FindCourse(id)!.Provider));
    }

    [Fact]
    public void Plan2024_FourLaterCourses_AreOptional_AsThe_MayAlsoBeCompleted_OfTheNacinEMail()
    {
        // NACIN e-mail of 08.07.2024, para 4: "Apart from 21 courses mentioned in the Action Plan, CBIC has added the
        // following courses ... These courses also fall under domain category and may also be completed."
        var plan = Catalog.FindCycle("2024-25")!;
        Assert.Equal(21, plan.DomainCourses.Count);
        Assert.Equal(["Advance course on GST registration", "New Customs Initiatives", "IGST and Place of Supply of Goods and Services", "Meaning & Scope of Supply of Goods and Services in GST"],
            plan.OptionalDomainCourses.Select(c => c.Name));
        Assert.Equal("nacin-email-2024-07-08", plan.OptionalDomainCoursesCitation!.Source.Id);
    }

    [Fact]
    public void Plan2024_IntroductionToEmergingTechnology_IsNotGivenThe2023CoursesProviderOrHours()
    {
        // The Action Plan lists "Introduction to Emerging Technology (Opportunities and challenges for governance)" and no
        // more; "2.5 Hours" and the CBC/WITP/IIPA design are the Chennai letter's of .03.2023, about the Level-1 course.
        var mandatory = Catalog.FindCycle("2024-25")!.Requirements.Single(r => r.Course.Name.StartsWith("Introduction to Emerging Technology", StringComparison.Ordinal));
        Assert.Null(mandatory.Course.Provider);
        Assert.Null(mandatory.Course.Duration);
        var level1 = Catalog.FindCycle("2023")!.Requirements[0].Course;
        Assert.NotEqual(level1.Id, mandatory.Course.Id);
        Assert.Equal("2.5 hours", level1.Duration);
    }

    [Fact]
    public void ChennaiLetter_IsDated_Dot03Dot2023_NotWithTheNacinEMailsDate28032023()
    {
        // 001: the Chennai letter reads "Date:  .03.2023"; "Tue, Mar 28, 2023" is the NACIN e-mail's date.
        var letter = SourceOf("cbc-emerging-tech-2023");
        Assert.Null(letter.Date);
        Assert.Contains(".03.2023", letter.Dated, StringComparison.Ordinal);
        Assert.DoesNotContain("28.03.2023", letter.Dated, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2023, 3, 28), SourceOf("nacin-email-2023-03-28").Date);
    }

    [Fact]
    public void ActionPlan_IsUndated_And08072024_IsTheCoveringEMails()
    {
        // The Action Plan 2024-25 bears no date; "Sent: Monday, July 8, 2024" is the NACIN e-mail enclosing it.
        var plan = SourceOf("action-plan-2024-25");
        Assert.Null(plan.Date);
        Assert.StartsWith("undated", plan.Dated, StringComparison.Ordinal);
        Assert.DoesNotContain("dated 08.07.2024", new Citation(plan, null).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void SixMandatoryCourses_Due25042024_CiteTheNacinEMailOf08072024_Para2()
    {
        // NACIN e-mail of 08.07.2024, para 2: "These mandatory courses were required to be completed by all officers in
        // the all the field formations by 25.04.2024" (the Action Plan itself gives no date).
        var six = Catalog.FindCycle("2024-25")!.Requirements.Where(r => r.Due == new DateOnly(2024, 4, 25)).ToList();
        Assert.Equal(6, six.Count);
        Assert.All(six, r => Assert.Equal(("nacin-email-2024-07-08", "para 2 (due 25.04.2024)"), (r.Citations[0].Source.Id, r.Citations[0].At)));
    }

    [Fact]
    public void NoCitation_SaysDatedTwice_As_NacinLetterDated20092024_Dated20092024()
    {
        foreach (var source in Catalog.Sources)
        {
            var text = new Citation(source, "para 1").ToString();
            Assert.Single(System.Text.RegularExpressions.Regex.Matches(text, @"\bdated\b|\bundated\b"));
        }
    }

    [Fact]
    public void EmergingTechnology2023_Dates_AreTheChennaiZonesAndNacinsEach()
    {
        // 001, para 6 (Chennai CGST Zone): complete "on or before 25th April, 2023", compliance report "to this office
        // latest by 30.04.2023"; NACIN's e-mail: "Consolidated Zonal Report ... latest by 5th May 2023".
        var cycle = Catalog.FindCycle("2023")!;
        Assert.Contains(cycle.Reporting, r => r.Text.Contains("Chennai CGST Zone", StringComparison.Ordinal) && r.Text.Contains("30.04.2023", StringComparison.Ordinal) && r.Citation.Source.Id == "cbc-emerging-tech-2023");
        Assert.Contains(cycle.Reporting, r => r.Text.StartsWith("NACIN", StringComparison.Ordinal) && r.Text.Contains("05.05.2023", StringComparison.Ordinal) && r.Citation.Source.Id == "nacin-email-2023-03-28");
    }

    [Theory]
    [InlineData("Assistant Commissioner", "CRCL", "crcl-dc-ac")]
    [InlineData("Deputy Commissioner", "Central Revenues Control Laboratory, New Delhi", "crcl-dc-ac")]
    [InlineData("Deputy Commissioner", "DGoV", "dgov-vigilance")]
    [InlineData("Inspector", "CBIC Board", "cbic-board")]
    [InlineData("Examiner", "CGST Chennai North", "customs-posts-in-gst")]
    public void FormationTheCircularsDoNotPlacePlainly_CarriesTheProductsReading(string designation, string formation, string reading)
    {
        // Annexure A, role 7: "For DC/AC in DGHRD, DGPM, DG Systems, DDM, DGoV, DLA, DoL, NACIN or any deputation outside
        // CBIC" (no CRCL, which roles 4 and 10 list); role 9 is the only role naming Appraisers, Preventive Officers, Examiners.
        var resolved = Assert.IsType<ResolvedDesignation>(new DesignationResolver(Catalog, TestCatalog.Plan2025).Resolve(designation, formation));
        Assert.Equal(reading, resolved.Reading?.Id);
    }

    [Fact]
    public void CrclReading_IsOnlyForDcAc_ForRoles4And10NameCrcl()
    {
        // Annexure A, role 4: "For ADC/JC in DGHRD, DGPM, DG Systems, DDM, DGoV, DLA, DoL, CRCL, NACIN ...".
        var resolved = Assert.IsType<ResolvedDesignation>(new DesignationResolver(Catalog, TestCatalog.Plan2025).Resolve("Joint Commissioner", "CRCL"));
        Assert.Equal(4, resolved.Role.Number);
        Assert.Null(resolved.Reading);
    }

    [Fact]
    public void KaryapalakSahayak_AsCbicWritesIt_IsTheExecutiveAssistant()
    {
        var resolved = Assert.IsType<ResolvedDesignation>(new DesignationResolver(Catalog, TestCatalog.Plan2025).Resolve("कार्यपालक सहायक"));
        Assert.Equal("executive-assistant", resolved.Designation.Id);
        Assert.Equal("कार्यपालक सहायक", resolved.Designation.Hindi[0]);
    }

    [Fact]
    public void HindiWingQuestion_ListsFormationsInHindi_NotAnnexureAsEnglishList()
    {
        var ambiguous = Assert.IsType<AmbiguousDesignation>(new DesignationResolver(Catalog, TestCatalog.Plan2025).Resolve("अधीक्षक"));
        Assert.DoesNotContain("CC Zones", ambiguous.QuestionHi, StringComparison.Ordinal);
        Assert.DoesNotContain("Custom Zones", ambiguous.QuestionHi, StringComparison.Ordinal);
        Assert.DoesNotContain("any deputation outside CBIC", ambiguous.QuestionHi, StringComparison.Ordinal);
        Assert.Contains("नासिन या सीबीआईसी से बाहर कोई प्रतिनियुक्ति", ambiguous.QuestionHi, StringComparison.Ordinal);
    }
}
