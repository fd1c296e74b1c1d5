namespace KarmayogiBot.Worker.Options;

/// <summary>
/// <c>Teams</c>: where to open a conversation with an officer who never spoke to the bot but whose Entra object id is
/// known (<c>POST v3/conversations</c>). <c>ServiceUrl</c> (default the public https://smba.trafficmanager.net/teams/),
/// <c>TenantId</c> (default <c>MicrosoftAppTenantId</c>). The bot's id is "28:" + <c>MicrosoftAppId</c>.
/// </summary>
public sealed class TeamsOptions
{
    public const string SectionName = "Teams";

    public string ServiceUrl { get; set; } = "https://smba.trafficmanager.net/teams/";

    public string? TenantId { get; set; }
}
