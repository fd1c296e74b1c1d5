namespace KarmayogiBot.Protocol.Authentication;

/// <summary>Who issued the token an inbound request was authenticated with.</summary>
public enum TokenIssuerKind
{
    /// <summary>No token: authentication is off and none was sent.</summary>
    None,

    /// <summary>The Bot Connector service (<c>https://api.botframework.com</c>), bound to a serviceUrl and endorsed channels.</summary>
    BotFramework,

    /// <summary>Entra ID (Emulator, agent-to-agent, the Bot Service's Entra tokens).</summary>
    EntraId,
}
