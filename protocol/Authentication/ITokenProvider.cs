namespace KarmayogiBot.Protocol.Authentication;

/// <summary>The bot's outbound (connector) access token.</summary>
public interface ITokenProvider
{
    /// <summary>A bearer token for the Bot Connector API, or null when authentication is off (no token is sent).</summary>
    Task<string?> GetAccessTokenAsync(CancellationToken cancellationToken = default);
}
