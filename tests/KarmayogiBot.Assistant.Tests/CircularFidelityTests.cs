using KarmayogiBot.Domain.Officers;

namespace KarmayogiBot.Assistant.Tests;

/// <summary>
/// Issue 13: every sentence true to the circulars, and Hindi as an official would write it. Each test quotes the
/// circular whose fact the answer must state (tests may not read the circulars: the fact is transcribed).
/// </summary>
public sealed class CircularFidelityTests
{
    private readonly AssistantHarness _harness = new() { Today = new DateOnly(2026, 3, 20) };

    private Task<string> Ask(params string[] turns) => _harness.AskAsync($"user-{Guid.NewGuid():N}", turns);

    [Fact]
    public async Task AssessmentLive_WillBeLiveFrom15102025_And_HasBeenMadeLive_NotWentLive()
    {
        // D.O. of 10.09.2025: "comprehensive assessment of 3 courses ... will be live on iGOT from 15.10.2025";
        // D.O. of 03.02.2026: "has been made live on the iGOT Karmayogi platform" (no date).
        foreach (var question in new[] { "which courses are in the comprehensive assessment?", "deadline", "my courses" })
        {
            var answer = await Ask("I am an AC in DGGI Chennai", question);
            Assert.DoesNotContain("went live", answer, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("live from 15.10.2025", answer, StringComparison.Ordinal);
            if (question != "my courses")
            {
                Assert.Contains("would be live on iGOT from 15.10.2025", answer, StringComparison.Ordinal);
                Assert.Contains("says it has been made live", answer, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task CompetencyMix_IsTheRolesOwn_ForRole5AssessesThreeDomainCourses()
    {
        // Annexure A, role 5 assesses Know Your Department-CBIC, Demands under CGST Act, 2017 and Input Tax Credit (ITC)
        // Mechanism: all Domain. The D.O. of 03.02.2026's "three courses covering domain, functional, and behavioural
        // competencies" is quoted only as its own.
        var answer = await Ask("I am an AC in DGGI Chennai", "which courses are in the comprehensive assessment?");
        Assert.Contains("For role 5 the assessed courses are 3 domain", answer, StringComparison.Ordinal);
        Assert.Contains("the D.O. of 03.02.2026 speaks generally of", answer, StringComparison.Ordinal);

        var general = await Ask("What is the difference between domain, functional and behavioural competency?");
        Assert.DoesNotContain("combination of all three", general, StringComparison.Ordinal);
        Assert.Contains("roles 5 and 6 (Deputy/Assistant Commissioner in CGST and in Customs) have no behavioural course", general, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ViksitBharat_OneAnswerPerLevel_QuotingDoptsDsToSpecialSecretary_AndNacinsAboveDsJc()
    {
        // DoPT OM 20.01.2026: "all officers of level of Deputy Secretary to Special Secretary"; NACIN D.O. 03.02.2026 and
        // JNCH note 09.02.2026: "above the level of Deputy Secretary/Joint Commissioner".
        var answer = await Ask("I am a Joint Commissioner in DG Systems", "Do I need the Viksit Bharat course?");
        Assert.Contains("Deputy Secretary to Special Secretary", answer, StringComparison.Ordinal);
        Assert.Contains("above the level of Deputy Secretary/Joint Commissioner", answer, StringComparison.Ordinal);
        Assert.Contains("Additional/Joint Commissioner, yes", answer, StringComparison.Ordinal);
        Assert.Contains("unless you are on deputation as a Deputy Secretary, whom the DoPT OM covers", answer, StringComparison.Ordinal);

        // The plan agrees with that answer: the course is mandatory for a JC.
        var plan = await Ask("I am a Joint Commissioner in DG Systems. My courses?");
        Assert.Contains("Improving Outreach and Communication for Viksit Bharat", plan, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CrclDcAc_IsToldRole7IsTheClosestReading_ForRole7sListHasNoCrcl()
    {
        // Annexure A/B role 7: "For DC/AC in DGHRD, DGPM, DG Systems, DDM, DGoV, DLA, DoL, NACIN or any deputation outside
        // CBIC" (roles 4 and 10 list CRCL; role 7 does not).
        var answer = await Ask("I am an AC in CRCL. My courses?");
        Assert.Contains("Role 7 of Annexure A", answer, StringComparison.Ordinal);
        Assert.Contains("The closest reading, the product's and not the circulars', is role 7", answer, StringComparison.Ordinal);

        var elsewhere = await Ask("I am an AC in DG Systems. My courses?");
        Assert.DoesNotContain("CRCL", elsewhere, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Emerging2023_DatesAreChennaiZones_And_NotCalledTheSameCourseAs2024()
    {
        // 001, para 6: the Chennai CGST Zone asks its Commissioners to have officers complete the course "on or before 25th
        // April, 2023" and report "latest by 30.04.2023"; NACIN's e-mail: "Consolidated Zonal Report ... latest by 5th May 2023".
        var answer = await Ask("What was the emerging technology course in 2023?");
        Assert.Contains("The Chennai CGST Zone asked its officers", answer, StringComparison.Ordinal);
        Assert.Contains("NACIN asked each zone for a consolidated zonal report by 05.05.2023", answer, StringComparison.Ordinal);
        Assert.DoesNotContain("All officers had to", answer, StringComparison.Ordinal);
        Assert.DoesNotContain("The same course", answer, StringComparison.Ordinal);
        Assert.Contains("the circulars do not say whether it is the same course", answer, StringComparison.Ordinal);
        Assert.Contains("Chennai CGST Zone letter of .03.2023", answer, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Deadline for Adjudication in GST in 2024?", "Adjudication in GST: by 30.04.2024 for all adjudicating authorities in GST zones from Superintendent to ADC")]
    [InlineData("Refunds in GST last date 2024?", "Refunds in GST: by 30.04.2024 for all Divisional AC/DCs and Superintendents in divisions and ranges")]
    [InlineData("2024 mein Adjudication in GST kab tak karna tha?", "Adjudication in GST: by 30.04.2024")]
    public async Task DeadlineOfA2024Course_IsEndOfApril2024_AndChennaisComplianceDate_NotTheCurrentPlans(string question, string due)
    {
        // Action Plan 2024-25: Adjudication in GST and Refunds in GST by 30.04.2024 for the officers concerned;
        // Chennai CGST Zone letter of 25.07.2024, para 6: "complete the courses immediately ... compliance report ... latest by 31.07.2024".
        var answer = await Ask(question);

        Assert.Contains(due, answer, StringComparison.Ordinal);
        Assert.Contains("compliance report by 31.07.2024", answer, StringComparison.Ordinal);
        Assert.Contains("The Action Plan 2024-25 ended on 31.03.2025.", answer, StringComparison.Ordinal);
        Assert.DoesNotContain("31.03.2026", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeadlineOfTheSixIn2024_Is25042024()
    {
        // Action Plan 2024-25 / NACIN e-mail of 08.07.2024, para 2: the six mandatory courses (OM of 24.11.2023) by 25.04.2024.
        var answer = await Ask("What was the last date for the six mandatory courses in 2024?");

        Assert.Contains("6 mandatory courses, to be completed by 25.04.2024", answer, StringComparison.Ordinal);
        Assert.DoesNotContain("31.03.2026", answer, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("What does the DoPT OM of 20.01.2026 say?", "DoPT OM No. T-28/27/2025-iGOT-Part (3), dated 20.01.2026", "Improving Outreach and Communication for Viksit Bharat: by 31.03.2026")]
    [InlineData("What is the D.O. letter of 10.09.2025 about?", "D.O.F. No.DG/NACIN/PSM/95/2025, dated 10.09.2025", "The Annual Training Plan 2025-26, to be completed by 31.03.2026.")]
    [InlineData("letter dated 20th September 2024?", "NACIN letter on registration of all officers on the iGOT portal", "registered on iGOT, by 30.09.2024")]
    [InlineData("15/01/2024 ka OM kya kehta hai?", "DoPT OM No. T-19011/1/2024-NTP, dated 15.01.2024", "No office permission needed for iGOT courses")]
    public async Task CircularNamedByItsDate_IsThatCircular_WithWhatTheBotAnswersFromIt(string question, string identified, string answeredFromIt)
    {
        // Issue 13, questions routed by a number: a date names the circular that bears it, not a plan or a year.
        var answer = await Ask(question);

        Assert.Contains(identified, answer, StringComparison.Ordinal);
        Assert.Contains("What I answer from it:", answer, StringComparison.Ordinal);
        Assert.Contains(answeredFromIt, answer, StringComparison.Ordinal);
        Assert.DoesNotContain("I can't answer that from the circulars", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CircularOfADateNoCircularBears_IsSaidNotToBeAmongThem_AndTheDatedOnesListed()
    {
        var answer = await Ask("What is the circular of 01.01.2025?");

        Assert.Contains("None of the circulars I answer from is dated 01.01.2025.", answer, StringComparison.Ordinal);
        Assert.Contains("DoPT OM No. T-19011/1/2024-NTP of 15.01.2024", answer, StringComparison.Ordinal);
        Assert.Contains("Pr. DG NACIN D.O. of 03.02.2026", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AssessmentTitle_IsNotPresentedAsIgots_ForTheOnlyIgotTitleShownIsTheDcAcOne()
    {
        // The dashboard screenshot shows only "Comprehensive Assessment for Deputy/Assistant Commissioner".
        var answer = await Ask("Which courses are in the comprehensive assessment for a Superintendent in CGST?");
        Assert.DoesNotContain("Comprehensive Assessment for Superintendent", answer, StringComparison.Ordinal);
        Assert.Contains("the 3 assessed courses of role 8", answer, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("I am a driver, which designation should I select on iGOT?", "the product's reading is Multi Tasking Staff")]
    [InlineData("I am a Section Officer, which designation should I select on iGOT?", "The product's reading: select \"Superintendent\"")]
    [InlineData("I am an ASO, which designation should I select on iGOT?", "The product's reading: select \"Inspector\"")]
    [InlineData("I am an Examiner in CGST Chennai North, which designation should I select on iGOT?", "The product's reading is role 9 wherever they are posted")]
    [InlineData("I am a DC in DGoV, which designation should I select on iGOT?", "the product reads it as DG Vigilance")]
    [InlineData("I am a Superintendent in the CBIC Board, which designation should I select on iGOT?", "the product reads it with the other directorates")]
    public async Task MappingNoCircularGives_IsSaidToBeTheProductsReading(string question, string reading)
    {
        // Annexure B: "If exact designation is not available in the drop-down menu in iGOT, kindly select the closest
        // equivalent designation" - which one is closest, the circulars do not say.
        Assert.Contains(reading, await Ask(question), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StenoGradeD_IsToldGradeDIsNotListed()
    {
        // Annexure B, S.No 11 lists "8. Stenographer Grade I 9. Stenographer Grade II"; role 11 is "Steno-I,II".
        var answer = await Ask("I am a Steno Gr. D, which designation should I select on iGOT?");
        Assert.Contains("Grade D is not listed", answer, StringComparison.Ordinal);
        Assert.Contains("\"Stenographer Grade II\"", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Registration_LetsGoStartsTheGuidedOnboarding_WhichEndsWithDone()
    {
        // Sign-up manual, Home: "1. Login using valid credentials and click on "Let's Go"" ... "8. View the platform
        // walkthrough and click on "Done"".
        var answer = await Ask("How do I register on iGOT?");
        Assert.Contains("click \"Let's Go\" to start the guided onboarding", answer, StringComparison.Ordinal);
        Assert.Contains("click \"Done\"", answer, StringComparison.Ordinal);
        Assert.DoesNotContain("to finish the guided onboarding", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plan2024_SaysInAdditionToTheSix_RelevantToTheirRole_TheFourMayAlsoBeCompleted_AndItsReportingDates()
    {
        // Action Plan: "In addition to the six mandatory courses, a minimum of 20 courses"; "Officers must mandatorily
        // complete courses among these which are relevant to their role"; NACIN e-mail 08.07.2024: the four added courses
        // "may also be completed"; Chennai letter 25.07.2024: reports "in 2 phases on 05.10.2024 and 05.04.2025";
        // NACIN letter 20.09.2024: a report certifying registration "by 30.09.2024".
        var answer = await Ask("What were the six mandatory courses of 2024-25?");
        Assert.Contains("In addition to the 6 mandatory courses", answer, StringComparison.Ordinal);
        Assert.Contains("courses among these which are relevant to their role", answer, StringComparison.Ordinal);
        Assert.Contains("CBIC has developed 21 courses", answer, StringComparison.Ordinal);
        Assert.Contains("\"may also be completed\"", answer, StringComparison.Ordinal);
        Assert.Contains("05.10.2024 and 05.04.2025", answer, StringComparison.Ordinal);
        Assert.Contains("by 30.09.2024", answer, StringComparison.Ordinal);
        Assert.DoesNotContain("CBIC's 25", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OneShortCitationLine_WithTheSourcesKeptAsData()
    {
        var replies = await _harness.TurnsAsync(new UserIdentity("user-sources", null, null, null, null), "How do I register on iGOT?");
        var reply = replies.Single();
        var sourceLines = reply.Text.Split('\n').Where(l => l.StartsWith("Source", StringComparison.Ordinal)).ToList();
        Assert.Equal(["Source: iGOT self sign-up user manual, Self-registration, Steps 1-3; Login; Home, steps 1-9 (+3 more)"], sourceLines);
        Assert.Equal(["igot-signup-manual", "igot-signup-manual", "fm-note-2024-08-29", "nacin-letter-2024-09-20", "nacin-do-2025-09-10"], reply.Sources.Select(s => s.Source.Id));
        Assert.Contains("Action.ToggleVisibility", reply.Card!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HindiAnswer_IsHindiThroughout_WithAHindiCitationLine()
    {
        var answer = await Ask("मैं सीमा शुल्क में निरीक्षक हूँ, मेरे पाठ्यक्रम क्या हैं?");
        Assert.Contains("स्रोत: महानिदेशक, नासिन का अर्ध-शासकीय पत्र दिनांक 10.09.2025", answer, StringComparison.Ordinal);
        Assert.DoesNotContain("Source:", answer, StringComparison.Ordinal);
        Assert.DoesNotContain("व्यवहारात्मक", answer, StringComparison.Ordinal);
        Assert.Contains("व्यवहारगत", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HindiWingQuestion_NamesTheFormationsInHindi()
    {
        var answer = await Ask("मैं अधीक्षक हूँ, मेरे अनिवार्य पाठ्यक्रम?");
        Assert.DoesNotContain("CC Zones", answer, StringComparison.Ordinal);
        Assert.DoesNotContain("or any deputation outside CBIC", answer, StringComparison.Ordinal);
        Assert.Contains("मुख्य आयुक्त अंचल", answer, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("मल्टी टास्किंग स्टाफ के पाठ्यक्रम?", "मल्टी टास्किंग स्टाफ", "बहु कार्य स्टाफ")]
    [InlineData("कार्यपालक सहायक के पाठ्यक्रम?", "कार्यपालक सहायक", "कार्यकारी सहायक")]
    public async Task HindiOfficialTerms_AsCbicWritesThem(string question, string official, string avoided)
    {
        // Annexure A role 13 "MTS" is written मल्टी टास्किंग स्टाफ by CBIC; EA is कार्यपालक सहायक.
        var answer = await Ask(question);
        Assert.Contains(official, answer, StringComparison.Ordinal);
        Assert.DoesNotContain(avoided, answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HindiRegistration_SaysKulnaamForSurname_AndSupervisionSaysJagrukKaren()
    {
        // D.O. of 10.09.2025, para 4: "sensitize all officers under your charge" (जागरूक करें).
        var registration = await Ask("पंजीकरण कैसे करें?");
        Assert.Contains("Last name (कुलनाम)", registration, StringComparison.Ordinal);
        Assert.DoesNotContain("उपनाम", registration, StringComparison.Ordinal);
        var supervision = await Ask("पर्यवेक्षी अधिकारी की क्या जिम्मेदारी है?");
        Assert.Contains("जागरूक करें", supervision, StringComparison.Ordinal);
        Assert.DoesNotContain("संवेदनशील बनाएँ", supervision, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_WithNothingImported_SaysNoIgotRecordYet_NotOverdue()
    {
        var officer = _harness.AddOfficer("CB000090", "Inspector", "CGST Chennai North Commissionerate", profileDesignation: "Inspector (Central Goods and Services Tax - CGST)");
        _harness.Today = new DateOnly(2026, 4, 10); // past 31.03.2026: with records, pending courses would be overdue

        var answer = await _harness.AskAsAsync(officer, "my status");

        Assert.Contains("no iGOT record yet", answer, StringComparison.Ordinal);
        Assert.DoesNotContain("❌ Classification of Goods and Services in GST", answer, StringComparison.Ordinal);
        Assert.DoesNotContain(": overdue", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NextStep_InHindi_AsksToTakePartInTheAssessment()
    {
        var officer = _harness.AddOfficer("CB000091", "Inspector", "CGST Chennai North Commissionerate", ProductRole.Officer, "Inspector (Central Goods and Services Tax - CGST)",
            ("classification-goods-services-gst", Domain.Compliance.CourseProgress.Completed), ("demands-cgst", Domain.Compliance.CourseProgress.Completed),
            ("noting-and-drafting", Domain.Compliance.CourseProgress.Completed), ("assessment-in-gst", Domain.Compliance.CourseProgress.Completed),
            ("itc-mechanism", Domain.Compliance.CourseProgress.Completed), ("basics-of-communication", Domain.Compliance.CourseProgress.Completed));

        var answer = await _harness.AskAsAsync(officer, "मेरी स्थिति");

        Assert.Contains("व्यापक मूल्यांकन में भाग लें", answer, StringComparison.Ordinal);
        Assert.DoesNotContain("मूल्यांकन दें", answer, StringComparison.Ordinal);
    }
}
