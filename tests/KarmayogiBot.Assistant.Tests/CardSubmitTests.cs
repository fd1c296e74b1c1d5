using System.Text.Json;

namespace KarmayogiBot.Assistant.Tests;

/// <summary>Officers not in the roster answer the bot's cards: the designation card's inputs and the formation buttons arrive as the message's value.</summary>
public sealed class CardSubmitTests
{
    private readonly AssistantHarness _harness = new();
    private readonly UserIdentity _user = new("new-user", "New Officer", null, null, null);

    [Fact]
    public async Task DesignationCard_Submitted_AnswersThePendingQuestion()
    {
        var asked = AssistantHarness.Flatten(await _harness.TurnsAsync(_user, "what are my courses?"));
        Assert.Contains("What is your designation", asked);

        var answer = await SubmitAsync("""{"action":"introduce","designation":"Inspector","formation":"JNCH"}""");

        Assert.Contains("Role 9 of Annexure A", answer);
        Assert.Contains("Time Release Study", answer);
    }

    [Fact]
    public async Task FormationButton_Submitted_SettlesTheAmbiguity_AndIsRemembered()
    {
        var asked = AssistantHarness.Flatten(await _harness.TurnsAsync(_user, "I am a Superintendent. Which designation should I select on iGOT?"));
        Assert.Contains("Where are you posted?", asked);

        var answer = await SubmitAsync("""{"action":"introduce","wing":"other"}""");
        Assert.Contains("\"Superintendent\"", answer);
        Assert.Contains("role 10", answer);

        var later = AssistantHarness.Flatten(await _harness.TurnsAsync(_user, "my courses"));
        Assert.Contains("E-office Learning Resources 2025", later);
    }

    [Fact]
    public async Task MenuButton_Submitted_IsAnsweredAsItsQuestion()
    {
        var answer = await SubmitAsync("""{"ask":"deadline"}""");
        Assert.Contains("31.03.2026", answer);
    }

    private async Task<string> SubmitAsync(string json)
    {
        var value = JsonDocument.Parse(json).RootElement;
        return AssistantHarness.Flatten((await _harness.Assistant.ReplyAsync(new AssistantRequest(_user, null, null, value, _harness.Today))).Messages);
    }
}
