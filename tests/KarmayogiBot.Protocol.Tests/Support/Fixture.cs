using KarmayogiBot.Protocol.Schema;

namespace KarmayogiBot.Protocol.Tests.Support;

/// <summary>The real payloads in Fixtures/ (copied from the shared fixtures; provenance in their SOURCES.txt).</summary>
internal static class Fixture
{
    public const string MessagePersonal = "teams-message-personal.json";
    public const string MessageChannelMention = "teams-message-channel-mention.json";
    public const string InvokeAdaptiveCardAction = "teams-invoke-adaptiveCard-action.json";
    public const string OutboundAdaptiveCard = "teams-outbound-message-adaptive-card.json";
    public const string BotAddedToTeam = "teams-conversationUpdate-bot-added-to-team.json";
    public const string PersonalMembersAdded = "teams-conversationUpdate-personal-membersAdded.json";
    public const string InstallationUpdateAddTeam = "teams-installationUpdate-add-team.json";
    public const string GetMemberResponse = "teams-get-member-response.json";
    public const string CreateConversationRequest = "teams-create-conversation-request.json";
    public const string CreateConversationResponse = "teams-create-conversation-response.json";
    public const string PlaygroundMessage = "playground-message-personal.json";

    public static IReadOnlyList<string> Activities { get; } =
    [
        MessagePersonal, MessageChannelMention, InvokeAdaptiveCardAction, OutboundAdaptiveCard,
        BotAddedToTeam, PersonalMembersAdded, InstallationUpdateAddTeam, PlaygroundMessage,
    ];

    public static string Read(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));

    public static Activity Activity(string name) =>
        ProtocolJson.Deserialize<Activity>(Read(name)) ?? throw new InvalidOperationException($"{name} is null");
}
