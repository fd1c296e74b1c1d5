using System.Text.Json;
using KarmayogiBot.Assistant;
using KarmayogiBot.Assistant.Tests;
using KarmayogiBot.Bot.Teams;

namespace KarmayogiBot.Bot.Tests.Teams;

/// <summary>Every answer the question-set tests produce, as the activity Teams receives: at most three suggested actions, none twice, none on a card.</summary>
public sealed class EveryAnswerActivityTests
{
    public static TheoryData<string, string> Cases() => QuestionSetTests.Cases();

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Activity_AtMostThreeSuggestedActionsAndNoButtonTwice(string id, string caseJson)
    {
        using var doc = JsonDocument.Parse(caseJson);
        var turns = doc.RootElement.GetProperty("turns").EnumerateArray().Select(t => t.GetString()!).ToArray();
        var harness = new AssistantHarness { Today = QuestionSetTests.Files[id[..id.IndexOf(':', StringComparison.Ordinal)]] };

        var replies = await harness.TurnsAsync(new UserIdentity($"user-{id}", null, null, null, null), turns);

        Assert.NotEmpty(replies);
        foreach (var activity in replies.Select(ReplyActivities.ToActivity))
        {
            var suggested = activity.SuggestedActions?.Actions?.Select(a => a.Title!).ToList() ?? [];
            Assert.True(suggested.Count <= ReplyActivities.MaxSuggestedActions, $"[{id}] {suggested.Count} suggested actions");
            var cardButtons = activity.Attachments is { Count: > 0 }
                ? ReadCardButtons(activity)
                : [];
            Assert.True(activity.Attachments is not { Count: > 0 } || suggested.Count == 0, $"[{id}] suggested actions on a card");
            var all = suggested.Concat(cardButtons).ToList();
            Assert.True(all.Count == all.Distinct(StringComparer.OrdinalIgnoreCase).Count(), $"[{id}] a button twice: {string.Join(", ", all)}");
            Assert.NotNull(activity.ChannelData?.FeedbackLoop);
        }
    }

    private static List<string> ReadCardButtons(Protocol.Schema.Activity activity)
    {
        var card = JsonDocument.Parse(Protocol.Schema.ProtocolJson.Serialize(activity.Attachments![0].Content)).RootElement;
        return card.TryGetProperty("actions", out var actions)
            ? actions.EnumerateArray().Where(a => a.TryGetProperty("title", out _)).Select(a => a.GetProperty("title").GetString()!).ToList()
            : [];
    }
}
