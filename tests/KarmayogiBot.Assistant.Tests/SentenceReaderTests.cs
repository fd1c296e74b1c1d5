using KarmayogiBot.Assistant.Cards;
using KarmayogiBot.Assistant.Understanding;
using KarmayogiBot.Domain.Compliance;
using KarmayogiBot.Domain.Designations;

namespace KarmayogiBot.Assistant.Tests;

public sealed class SentenceReaderTests
{
    private static readonly StandingEvaluator Standings = new(AssistantHarness.Catalog);

    [Theory]
    [InlineData("What must an Examiner in Customs complete?")]
    [InlineData("I am a Superintendnt in CGST Chennai North, my courses?")]
    [InlineData("मेरे अनिवार्य पाठ्यक्रम")]
    [InlineData("")]
    public void Read_GivesWhatTheRecognisersGive(string text)
    {
        var cycle = AssistantHarness.Catalog.CurrentPlan(new DateOnly(2026, 3, 20))!;

        var reading = new SentenceReader(AssistantHarness.Catalog, Standings).Read(text, cycle);

        var recognizer = new IntentRecognizer(AssistantHarness.Catalog);
        Assert.Equal(recognizer.Understand(text, reading.Mention is not null), reading.Understood);
        Assert.Equal(new FormationResolver(AssistantHarness.Catalog).Find(text), reading.Formation);
        Assert.Equal(text.Length == 0 ? null : Standings.ResolverFor(cycle).FindInSentence(text), reading.Mention);
        Assert.Equal(reading.Understood.Intent == Intent.Unknown ? recognizer.NearestTopics(text, 2) : [], reading.NearestTopics);
    }

    [Theory]
    [InlineData("fortnightly report for NACIN")]
    [InlineData("NACIN report")]
    [InlineData("my fortnightly report")]
    [InlineData("fortnightly report")]
    [InlineData("Fortnightly report please")]
    [InlineData("पाक्षिक रिपोर्ट")]
    [InlineData("मेरी पाक्षिक रिपोर्ट")]
    [InlineData("nacin ki report")]
    [InlineData("NACIN report please")]
    [InlineData("what is the fortnightly report")] // an ordinary officer is told the rule instead (NacinAnswers.NotNodal)
    [InlineData("पाक्षिक रिपोर्ट चाहिए")]
    public void Read_TheFortnightlyReportForNacin_IsItsOwnCommand(string text)
    {
        var cycle = AssistantHarness.Catalog.CurrentPlan(new DateOnly(2026, 3, 20))!;

        var reading = new SentenceReader(AssistantHarness.Catalog, Standings).Read(text, cycle);

        Assert.Equal(Intent.NacinReport, reading.Understood.Intent);
    }

    [Theory]
    [InlineData("who is the nodal officer")]
    [InlineData("नोडल अधिकारी कौन है")]
    public void Read_AQuestionAboutTheNodalOfficersRule_IsTheRule(string text)
    {
        var cycle = AssistantHarness.Catalog.CurrentPlan(new DateOnly(2026, 3, 20))!;

        var reading = new SentenceReader(AssistantHarness.Catalog, Standings).Read(text, cycle);

        Assert.Equal((Intent.Topic, "nodal-officer"), (reading.Understood.Intent, reading.Understood.Topic?.Id));
    }

    [Fact]
    public void Read_NotUnderstood_OffersTheTopicsItsWordsName()
    {
        var cycle = AssistantHarness.Catalog.CurrentPlan(new DateOnly(2026, 3, 20))!;

        var reading = new SentenceReader(AssistantHarness.Catalog, Standings).Read("tell me about appraisal marks", cycle);

        Assert.Equal(Intent.Unknown, reading.Understood.Intent);
        Assert.Contains(reading.NearestTopics, t => t.Id == "apar");
        Assert.Equal(new IntentRecognizer(AssistantHarness.Catalog).NearestTopics("tell me about appraisal marks", 2), reading.NearestTopics);
    }

    [Fact]
    public void Read_TheSameSentenceAgain_IsNotReadAgain()
    {
        var reader = new SentenceReader(AssistantHarness.Catalog, Standings);
        var cycle = AssistantHarness.Catalog.CurrentPlan(new DateOnly(2026, 3, 20))!;

        Assert.Same(reader.Read("my courses", cycle), reader.Read("my courses", cycle));
    }

    [Fact]
    public void Read_InAnotherCycle_IsReadInThatCycle()
    {
        var reader = new SentenceReader(AssistantHarness.Catalog, Standings);
        var current = AssistantHarness.Catalog.CurrentPlan(new DateOnly(2026, 3, 20))!;
        var earlier = AssistantHarness.Catalog.Cycles.First(c => c.Id != current.Id);

        var inCurrent = reader.Read("Examiner in Customs", current);
        var inEarlier = reader.Read("Examiner in Customs", earlier);

        Assert.NotSame(inCurrent, inEarlier);
        Assert.IsType<ResolvedDesignation>(inCurrent.Mention);
        Assert.Equal(Standings.ResolverFor(earlier).FindInSentence("Examiner in Customs")?.GetType(), inEarlier.Mention?.GetType());
    }

    [Fact]
    public void Read_AtCapacity_StartsAgainAndStillAnswers()
    {
        var reader = new SentenceReader(AssistantHarness.Catalog, Standings, capacity: 2);
        var cycle = AssistantHarness.Catalog.CurrentPlan(new DateOnly(2026, 3, 20))!;
        var first = reader.Read("my courses", cycle);
        reader.Read("deadline", cycle);

        reader.Read("help", cycle);

        var again = reader.Read("my courses", cycle);
        Assert.NotSame(first, again);
        Assert.Equal(first.Understood, again.Understood);
    }

    [Fact]
    public void AdaptiveCard_BuiltTwice_Refuses()
    {
        var card = new AdaptiveCard().Title("Your courses");
        card.Build("Your courses");

        Assert.Throws<InvalidOperationException>(() => card.Build("Your courses"));
    }
}
