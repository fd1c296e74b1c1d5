using KarmayogiBot.Assistant.Understanding;
using KarmayogiBot.Domain.Compliance;
using KarmayogiBot.Domain.Officers;
using KarmayogiBot.Domain.Reporting;
using Moq;

namespace KarmayogiBot.Assistant.Tests;

public sealed class RosterOfficerTests
{
    private readonly AssistantHarness _harness = new();

    [Fact]
    public async Task Status_OfARosterOfficer_ShowsTheirOwnRecordsAndTheNextStep()
    {
        var officer = _harness.AddOfficer("CB000001", "Inspector", "CGST Chennai North Commissionerate", profileDesignation: "Inspector (Central Goods and Services Tax - CGST)",
            records: [("classification-goods-services-gst", CourseProgress.Completed), ("demands-cgst", CourseProgress.InProgress)]);

        var answer = await _harness.AskAsAsync(officer, "my status");

        Assert.Contains("✅ Classification of Goods and Services in GST", answer);
        Assert.Contains("⏳ Demands under CGST Act, 2017", answer);
        Assert.Contains("1 of 6 courses done", answer);
        Assert.Contains("Next step: complete \"Demands under CGST Act, 2017\" (in progress)", answer);
        Assert.Contains("✅ iGOT designation", answer);
    }

    /// <summary>Absent from every iGOT report imported: the circulars' direction to register first, with the self-registration steps.</summary>
    [Fact]
    public async Task Status_OfAnOfficerIgotDoesNotHave_SaysRegisterFirstWithTheSteps()
    {
        var officer = _harness.AddUnregisteredOfficer("CB000031", "Inspector", "CGST Chennai North Commissionerate");

        var answer = await _harness.AskAsAsync(officer, "my status");

        string[] said =
        [
            "No iGOT report imported so far has an account for you: if you are not registered on iGOT, register first",
            "Then complete your 6 courses.",
            "1. Open https://igotkarmayogi.gov.in and click \"Register\".",
            "3. Click \"SIGN UP\".",
        ];
        Assert.All(said, line => Assert.Contains(line, answer));
    }

    /// <summary>"I finished it yesterday but you still show it pending": the record is the report of its date, and changes with the next import.</summary>
    [Theory]
    [InlineData("I finished it yesterday but you still show it pending")]
    [InlineData("maine kal pura kiya, abhi bhi pending dikha raha")]
    public async Task Status_WhenTheOfficerSaysTheyFinished_SaysTheReportDateAndTheNextImport(string question)
    {
        var officer = _harness.AddOfficer("CB000032", "Inspector", "CGST Chennai North Commissionerate", profileDesignation: "Inspector (Central Goods and Services Tax - CGST)",
            records: [("demands-cgst", CourseProgress.InProgress)]);

        var answer = await _harness.AskAsAsync(officer, question);

        Assert.Contains("⏳ Demands under CGST Act, 2017", answer);
        Assert.Contains("From the iGOT report of 15.03.2026: a course completed after it shows here from the next import of iGOT's report.", answer);
    }

    [Fact]
    public async Task Status_AfterTheOfficerSpokeOfAnotherRole_IsStillTheirOwnFromTheRoster()
    {
        var officer = _harness.AddOfficer("CB000021", "Inspector", "CGST Chennai North Commissionerate", profileDesignation: "Inspector (Central Goods and Services Tax - CGST)",
            records: [("classification-goods-services-gst", CourseProgress.Completed)]);

        var stated = await _harness.AskAsAsync(officer, "I am an Examiner at Chennai Custom House. My courses?");
        var status = await _harness.AskAsAsync(officer, "my status");

        // The role they spoke of answers that question only...
        Assert.Contains("Role 9 of Annexure A", stated);
        // ...and the roster wins afterwards: their own courses and progress, not the Examiner's plan.
        Assert.Contains("✅ Classification of Goods and Services in GST", status);
        Assert.Contains("1 of 6 courses done", status);
        Assert.DoesNotContain("Role 9 of Annexure A", status);
    }

    [Theory]
    [InlineData("What courses must my PA do?", "Personal Assistant", "Role 11 of Annexure A")]
    [InlineData("my PA's courses", "Personal Assistant", "Role 11 of Annexure A")]
    [InlineData("which courses for my driver", "Driver", "Role 13 of Annexure A")]
    [InlineData("मेरे ड्राइवर के पाठ्यक्रम", "ड्राइवर के अनिवार्य iGOT पाठ्यक्रम", "भूमिका 13")]
    public async Task Courses_OfSomeoneOfTheOfficers_AreThatDesignations_NotTheOfficersOwn(string question, string designation, string role)
    {
        var officer = _harness.AddOfficer("CB000022", "Joint Commissioner", "CGST Chennai North Commissionerate", ProductRole.Officer, "Joint Commissioner (Central Goods and Services Tax - CGST)");

        var answer = await _harness.AskAsAsync(officer, question);

        Assert.Contains(designation, answer);
        Assert.Contains(role, answer);
        Assert.DoesNotContain("Role 2 of Annexure A", answer);
        Assert.DoesNotContain("Your mandatory iGOT courses", answer);
    }

    [Fact]
    public async Task Status_WithTheWrongIgotDesignation_SaysThePlanIsHiddenAndWhatToSelect()
    {
        var officer = _harness.AddOfficer("CB000002", "Superintendent", "Chennai Custom House", profileDesignation: "Superintendent");

        var answer = await _harness.AskAsAsync(officer, "where do I stand?");

        Assert.Contains("\"Superintendent of Customs\"", answer);
        Assert.Contains("hides the training plan", answer);
        Assert.Contains("Next step: set your iGOT designation", answer);
    }

    [Fact]
    public async Task Status_NeverShowsAnotherOfficersRecords()
    {
        var mine = _harness.AddOfficer("CB000003", "Tax Assistant", "CGST Chennai South Commissionerate", profileDesignation: "Tax Assistant");
        _harness.AddOfficer("CB000004", "Tax Assistant", "CGST Chennai South Commissionerate", profileDesignation: "Tax Assistant",
            records: [("know-your-department", CourseProgress.Completed), ("macps", CourseProgress.Completed)]);

        var answer = await _harness.AskAsAsync(mine, "what is the status of CB000004?");

        Assert.DoesNotContain("CB000004", answer);
        Assert.DoesNotContain("✅ Know Your Department", answer);
        Assert.DoesNotContain("✅ Modified Assured Career Progression", answer);
        // Nothing was imported for this officer: their own answer says so, rather than "0 of 6 done" or overdue (issue 13).
        Assert.Contains("No iGOT record yet for your 6 courses", answer);
    }

    [Fact]
    public async Task Courses_OfARosterOfficer_NeedNoQuestion_AndMarkWhatIsDone()
    {
        var officer = _harness.AddOfficer("CB000005", "Joint Commissioner", "CGST Chennai North Commissionerate", ProductRole.Officer, "Joint Commissioner (Central Goods and Services Tax - CGST)",
            ("adjudication-in-gst", CourseProgress.Completed));

        var answer = await _harness.AskAsAsync(officer, "my courses");

        Assert.Contains("Role 2 of Annexure A", answer);
        Assert.Contains("✅ Adjudication in GST", answer);
        Assert.Contains("Improving Outreach and Communication for Viksit Bharat", answer);
    }

    [Fact]
    public async Task Courses_AnswerKeptForOthers_NeverCarriesAnOfficersOwnMarks_NorTheReverse()
    {
        var officer = _harness.AddOfficer("CB000013", "Joint Commissioner", "CGST Chennai North Commissionerate", ProductRole.Officer, "Joint Commissioner (Central Goods and Services Tax - CGST)",
            ("adjudication-in-gst", CourseProgress.Completed));

        var before = await _harness.AskAsync("someone-else", "What must a Joint Commissioner in CGST complete?");
        var own = await _harness.AskAsAsync(officer, "my courses");
        var after = await _harness.AskAsync("another-one", "What must a Joint Commissioner in CGST complete?");

        Assert.Contains("✅ Adjudication in GST", own);
        Assert.Contains("Adjudication in GST", before);
        Assert.DoesNotContain("✅", before);
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task RuleAnswer_AskedByTwoUsers_IsTheSameMessage_AndEachLanguageHasItsOwn()
    {
        var first = await _harness.TurnsAsync(new UserIdentity("user-a", null, null, null, null), "Is the training plan linked to APAR?");
        var second = await _harness.TurnsAsync(new UserIdentity("user-b", null, null, null, null), "Is the training plan linked to APAR?");
        var hindi = await _harness.TurnsAsync(new UserIdentity("user-c", null, null, null, null), "क्या यह एपीएआर से जुड़ा है?");

        Assert.Same(Assert.Single(first), Assert.Single(second));
        Assert.NotSame(first[0], Assert.Single(hindi));
        Assert.Contains("APAR", AssistantHarness.Flatten(hindi));
        Assert.Matches("[\u0900-\u097F]{3,}", AssistantHarness.Flatten(hindi));
    }

    [Theory]
    [InlineData("summary", Intent.ZoneSummary, null)]
    [InlineData("how is my zone doing", Intent.ZoneSummary, null)]
    [InlineData("summary CGST Chennai North Commissionerate", Intent.ZoneSummary, "CGST Chennai North Commissionerate")]
    [InlineData("defaulters JNCH", Intent.Defaulters, "JNCH")]
    [InlineData("कितने अधिकारी बाकी हैं", Intent.Defaulters, null)]
    [InlineData("export", Intent.Export, null)]
    [InlineData("nudge status", Intent.NudgeStatus, null)]
    public async Task NodalCommand_ReachesTheDesk_WithItsFormation(string text, Intent intent, string? formation)
    {
        var nodal = _harness.AddOfficer("CB000009", "Joint Commissioner", "CGST Chennai North Commissionerate", ProductRole.Nodal);
        _harness.AddOfficer("CB000013", "Inspector", "JNCH");
        var scope = new OfficerScope(Zone: nodal.Zone, Formation: formation);

        var reply = Assert.Single(await _harness.TurnsAsync(new UserIdentity(nodal.AadObjectId!, nodal.Name, nodal.Email, nodal.Email, nodal.AadObjectId), text));

        var action = reply.Card?["actions"]![0]!;
        switch (intent)
        {
            case Intent.NudgeStatus:
                _harness.NudgeHistory.Verify(h => h.LastRunAsync(scope, It.IsAny<CancellationToken>()), Times.Once);
                Assert.Null(reply.Card);
                break;
            case Intent.Export:
                _harness.ZoneExports.Verify(e => e.Export(It.Is<ZoneSummary>(s => s.Scope == scope)), Times.Once);
                Assert.Equal(AssistantHarness.ExportLink.ToString(), action!["url"]!.GetValue<string>());
                break;
            case Intent.Defaulters:
                _harness.ZoneRecords.Verify(z => z.ReadAsync(scope, It.IsAny<bool>(), It.IsAny<CancellationToken>()), Times.Once);
                Assert.Equal("export", action!["data"]!["ask"]!.GetValue<string>());
                break;
            default:
                _harness.ZoneRecords.Verify(z => z.ReadAsync(scope, It.IsAny<bool>(), It.IsAny<CancellationToken>()), Times.Once);
                Assert.Equal(formation is null ? "defaulters" : $"defaulters {formation}", action!["data"]!["ask"]!.GetValue<string>());
                break;
        }
    }

    [Fact]
    public async Task NodalOfficer_AskingOneOfficersStatusByCode_SeesThatOfficersRecords_OnlyInTheirZone()
    {
        var nodal = _harness.AddOfficer("CB000031", "Joint Commissioner", "CGST Chennai North Commissionerate", ProductRole.Nodal);
        _harness.AddOfficer("CB000032", "Inspector", "CGST Chennai North Commissionerate", profileDesignation: "Inspector",
            records: [("classification-goods-services-gst", CourseProgress.Completed), ("demands-cgst", CourseProgress.InProgress)]);
        _harness.AddOfficerIn("Mumbai Customs Zone-I", "CB000033", "Inspector", "Mumbai Custom House");

        var inZone = await _harness.AskAsAsync(nodal, "status of CB000032");
        var otherZone = await _harness.AskAsAsync(nodal, "status of CB000033");

        Assert.Contains("Officer CB000032 (CB000032, Inspector, CGST Chennai North Commissionerate)", inZone);
        Assert.Contains("1 of 6 courses done", inZone);
        Assert.Contains("Pending: ", inZone);
        Assert.Contains("Demands under CGST Act, 2017", inZone);
        Assert.Contains("iGOT designation \"Inspector\"; it should be", inZone);
        Assert.DoesNotContain("Your status", inZone);
        Assert.Contains("I find no officer \"CB000033\" in your zone's roster", otherZone);
        Assert.DoesNotContain("Mumbai Custom House", otherZone);
    }

    [Fact]
    public async Task OrdinaryOfficer_AskingAnotherOfficersStatusByCode_GetsOnlyTheirOwn()
    {
        var officer = _harness.AddOfficer("CB000034", "Inspector", "CGST Chennai North Commissionerate");
        _harness.AddOfficer("CB000035", "Inspector", "CGST Chennai North Commissionerate", records: [("demands-cgst", CourseProgress.Completed)]);

        var answer = await _harness.AskAsAsync(officer, "status of CB000035");

        Assert.DoesNotContain("CB000035", answer);
        Assert.DoesNotContain("✅ Demands under CGST Act, 2017", answer);
    }

    [Fact]
    public async Task NodalCommand_FromAnOrdinaryOfficer_IsRefused_WithoutReachingTheDesk()
    {
        var officer = _harness.AddOfficer("CB000010", "Inspector", "JNCH");

        var answer = await _harness.AskAsAsync(officer, "summary");

        Assert.Contains("nodal officer", answer);
        _harness.ZoneRecords.VerifyNoOtherCalls();
        _harness.ZoneExports.VerifyNoOtherCalls();
        _harness.NudgeHistory.VerifyNoOtherCalls();
    }

    [Theory]
    [InlineData("fortnightly report", "Fortnightly report for NACIN: Chennai CGST Zone", "Courses completed from 16.03.2026 to 19.03.2026: the fortnight so far; the report of 01.04.2026 covers it whole.")]
    [InlineData("पाक्षिक रिपोर्ट", "नासिन के लिए पाक्षिक रिपोर्ट: Chennai CGST Zone", "16.03.2026 से 19.03.2026 तक पूरे किए गए पाठ्यक्रम")]
    public async Task NacinReport_FromTheNodalOfficer_IsTheReportOfTheZoneWithItsPeriodAndLink_NotTheDefaultersWorkbook(string text, string title, string period)
    {
        var nodal = _harness.AddOfficer("CB000041", "Joint Commissioner", "CGST Chennai North Commissionerate", ProductRole.Nodal);

        var reply = Assert.Single(await _harness.TurnsAsync(new UserIdentity(nodal.AadObjectId!, nodal.Name, nodal.Email, nodal.Email, nodal.AadObjectId), text));

        var scope = new OfficerScope(Zone: nodal.Zone);
        _harness.ZoneRecords.Verify(z => z.ReadAsync(scope, true, It.IsAny<CancellationToken>()), Times.Once); // with the days of completion
        _harness.ZoneExports.Verify(e => e.Export(It.Is<NacinReport>(r => r.Scope == scope && r.Period.From == new DateOnly(2026, 3, 16))), Times.Once);
        _harness.ZoneExports.Verify(e => e.Export(It.IsAny<ZoneSummary>()), Times.Never);
        Assert.Contains(title, reply.Text);
        Assert.Contains(period, reply.Text);
        Assert.Contains(AssistantHarness.ExportLink.ToString(), reply.Text);
        Assert.Equal(AssistantHarness.ExportLink.ToString(), reply.Card!["actions"]!.AsArray().Last()!["url"]!.GetValue<string>());
        Assert.Contains(reply.Sources, c => c.Source.Id == "nacin-email-2024-07-23"); // the nodal officer's rule
    }

    [Fact]
    public async Task NacinReport_FromAnOrdinaryOfficer_IsRefused_WithTheRule_AndNoFigures()
    {
        var officer = _harness.AddOfficer("CB000042", "Inspector", "JNCH");

        var reply = Assert.Single(await _harness.TurnsAsync(new UserIdentity(officer.AadObjectId!, officer.Name, officer.Email, officer.Email, officer.AadObjectId), "NACIN report"));

        Assert.Equal(AnswerKind.Refused, reply.Kind);
        Assert.Contains("made by your zone's nodal officer", reply.Text);
        Assert.Contains("nacin-igot@gov.in", reply.Text);
        _harness.ZoneRecords.VerifyNoOtherCalls();
        _harness.ZoneExports.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task OutOfScope_NamesTheZonesNodalOfficer()
    {
        _harness.AddOfficer("CB000011", "Additional Commissioner", "CGST Chennai North Commissionerate", ProductRole.Nodal);
        var officer = _harness.AddOfficer("CB000012", "Inspector", "JNCH");

        var answer = await _harness.AskAsAsync(officer, "what is the capital of France?");

        Assert.Contains("Officer CB000011 (Additional Commissioner)", answer);
        Assert.DoesNotContain("Paris", answer);
    }
}
