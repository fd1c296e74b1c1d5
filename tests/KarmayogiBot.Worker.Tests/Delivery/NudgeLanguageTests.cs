using System.Globalization;
using System.Text.Json;
using KarmayogiBot.Domain.Conversations;
using KarmayogiBot.Worker.Nudges;
using KarmayogiBot.Worker.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace KarmayogiBot.Worker.Tests.Delivery;

/// <summary>Nudges that fit the officer: in their language (Hindi to those whose last message to the bot was in Hindi, English to the rest), and "register first" to those no iGOT report has.</summary>
[Collection(ConnectorCollection.Name)]
public sealed class NudgeLanguageTests
{
    private static readonly DateTimeOffset Friday11 = DateTimeOffset.Parse("2026-03-20T11:00:00+05:30", CultureInfo.InvariantCulture);

    [Theory]
    [MemberData(nameof(StoreKind.All), MemberType = typeof(StoreKind))]
    public async Task NudgePass_OfficersWhoWroteInHindi_GetHindiNudges_OthersEnglish(string provider)
    {
        await using var zone = await WorkerZone.CreateAsync(officers: 40, seed: 5, provider: provider);
        var pending = zone.Officers.Values.Where(o => !o.Compliant).Select(o => o.EmployeeCode).Order(StringComparer.Ordinal).ToList();
        var hindi = pending.Take(2).ToHashSet(StringComparer.Ordinal);
        await using var connector = await LoopbackConnector.StartAsync(zone.Users);
        var services = zone.CreateServices(connector);
        var memories = services.GetRequiredService<IConversationMemoryStore>();
        foreach (var code in hindi)
        {
            await memories.SaveAsync(new ConversationMemory(zone.AadObjectIds[code], Language: "Hindi"));
        }

        await memories.SaveAsync(new ConversationMemory(zone.AadObjectIds[pending[2]], Language: "English"));

        await services.GetRequiredService<NudgePass>().RunAsync(Friday11, dryRun: false);

        var titles = connector.Sends().ToDictionary(s => NudgePassConnectorTests.Code(s.ActivityId), Title, StringComparer.Ordinal);
        Assert.Equal(pending, titles.Keys.Order(StringComparer.Ordinal));
        Assert.All(titles.Where(t => hindi.Contains(t.Key)), t => Assert.StartsWith("अनुस्मारक: ", t.Value, StringComparison.Ordinal));
        Assert.All(titles.Where(t => !hindi.Contains(t.Key)), t => Assert.StartsWith("Reminder: ", t.Value, StringComparison.Ordinal));
    }

    [Fact]
    public async Task NudgePass_OfficerInNoIgotReport_IsAskedToRegisterFirstWithTheSteps_RegisteredOfficersAreNot()
    {
        await using var zone = await WorkerZone.CreateAsync(officers: 40, seed: 5, unregistered: 0.2);
        var unregistered = zone.Officers.Values.Where(o => !o.Registered).Select(o => o.EmployeeCode).ToHashSet(StringComparer.Ordinal);
        Assert.NotEmpty(unregistered);
        await using var connector = await LoopbackConnector.StartAsync(zone.Users);
        var services = zone.CreateServices(connector);

        await services.GetRequiredService<NudgePass>().RunAsync(Friday11, dryRun: false);

        var sends = connector.Sends().ToDictionary(s => NudgePassConnectorTests.Code(s.ActivityId), StringComparer.Ordinal);
        Assert.Superset(unregistered, sends.Keys.ToHashSet(StringComparer.Ordinal)); // no account, so nothing done: all nudged
        foreach (var (code, send) in sends)
        {
            var title = Title(send);
            Assert.Equal(unregistered.Contains(code), title.StartsWith("Register on iGOT first: ", StringComparison.Ordinal));
            Assert.Equal(unregistered.Contains(code), send.Json.Contains("Open https://igotkarmayogi.gov.in and click", StringComparison.Ordinal));
        }
    }

    private static string Title(RecordedSend send)
    {
        using var activity = JsonDocument.Parse(send.Json);
        return activity.RootElement.GetProperty("attachments")[0].GetProperty("content").GetProperty("fallbackText").GetString()!;
    }
}
