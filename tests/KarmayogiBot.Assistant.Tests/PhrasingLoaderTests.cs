using KarmayogiBot.Assistant.Understanding;

namespace KarmayogiBot.Assistant.Tests;

public sealed class PhrasingLoaderTests
{
    private const string Kinds = "kinds:\n  - { kind: courses }\n  - { kind: deadline, alsoAnswers: [courses] }\n";

    [Fact]
    public void ShippedPhrasings_LoadAndNameOnlyTheCatalogsTopics()
    {
        var bank = PhrasingLoader.LoadDirectory(PhrasingLoader.DefaultDirectory, AssistantHarness.Catalog);

        Assert.Contains(bank.Phrasings, p => p.Kind == "courses" && p.Text == "kaunsa course" && p.File == "hinglish.yaml");
        Assert.Contains(bank.OpenQuestions, o => o.Question.Id == "pass-mark");
        Assert.Contains(bank.Rule(Intent.Courses)!.AlsoAnswers, a => a == Intent.Deadline);
    }

    [Theory]
    [InlineData("phrasings:\n  - kind: coursez\n    weight: 3\n    phrases: [my courses]\n", 4, "unknown kind 'coursez'")]
    [InlineData("phrasings:\n  - kind: courses\n    weight: 30\n    phrases: [my courses]\n", 2, "weight must be a whole number from 1 to 10")]
    [InlineData("phrasings:\n  - kind: courses\n    weight: 3\n    phrases: [my courses, my courses]\n", 4, "listed twice for 'courses'")]
    [InlineData("phrasings:\n  - kind: courses\n    weight: 3\n    phrases: []\n", 4, "'phrases' must be a non-empty list")]
    [InlineData("phrasings:\n  - kind: topic/no-such-topic\n    weight: 3\n    phrases: [anything]\n", 4, "names no topic of the catalog")]
    [InlineData("phrasings:\n  - kind: open/no-such-question\n    weight: 3\n    phrases: [anything]\n", 4, "names no open question")]
    [InlineData("phrasings:\n  - kind: courses\n    weigth: 3\n    phrases: [x]\n", 3, "unknown key 'weigth'")]
    [InlineData("phrasings:\n  - kind: courses\n    weight: 3\n    phrases: [x\n", 5, "not valid YAML")]
    public void AMistake_IsReportedWithItsFileAndLine(string text, int line, string reason)
    {
        var error = Assert.Throws<PhrasingException>(() => PhrasingLoader.Load([("kinds.yaml", Kinds), ("mine.yaml", text)], AssistantHarness.Catalog));

        Assert.Equal("mine.yaml", error.File);
        Assert.Equal(line, error.Line);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.StartsWith($"mine.yaml:{line}: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ANewPhrasing_IsADataChange_ThatChangesTheReading()
    {
        var shipped = PhrasingLoader.LoadDirectory(PhrasingLoader.DefaultDirectory, AssistantHarness.Catalog);
        var files = Directory.EnumerateFiles(PhrasingLoader.DefaultDirectory, "*.yaml").Select(f => (Path.GetFileName(f), File.ReadAllText(f))).ToList();
        files.Add(("extra.yaml", "phrasings:\n  - kind: deadline\n    weight: 9\n    phrases: [kitna samay bacha]\n"));
        var extended = PhrasingLoader.Load(files, AssistantHarness.Catalog);

        Assert.NotEqual(Intent.Deadline, new IntentRecognizer(AssistantHarness.Catalog, shipped).Understand("kitna samay bacha").Intent);
        Assert.Equal(Intent.Deadline, new IntentRecognizer(AssistantHarness.Catalog, extended).Understand("kitna samay bacha").Intent);
    }
}
