namespace KarmayogiBot.Protocol;

/// <summary>
/// The <c>Bot</c> configuration section: connector trust, retries and rate limits, and the inbound limits.
/// (The bot's identity is in the flat MicrosoftApp* keys, see <see cref="Authentication.BotAuthenticationOptions"/>.)
/// </summary>
public sealed class BotOptions
{
    public const string SectionName = "Bot";

    /// <summary>
    /// Service URLs the bot's token may be sent to besides the built-in allow-list (botframework.com,
    /// smba.trafficmanager.net, teams.microsoft.com, teams.microsoft.us and their subdomains, over https) and the
    /// URLs of authenticated activities. An absolute URL trusts its scheme, host and port; a bare host name trusts
    /// that host and its subdomains over https.
    /// </summary>
    public List<string> TrustedServiceUrls { get; set; } = [];

    /// <summary>
    /// The app ids (client ids) whose Entra ID-issued tokens the bot accepts: another app calling the bot, such as a
    /// skill's host or the Emulator. Empty by default, so only the Bot Connector service (Teams) is accepted; a token
    /// from any other app of the tenant is refused whatever its signature, as the Bot Framework SDK's allowed-callers
    /// validation does. Even a listed caller never acts as a Teams user: identity comes from Teams' member look-up.
    /// </summary>
    public List<string> AllowedCallers { get; set; } = [];

    /// <summary>Retries after the first attempt for 412, 429, 502, 503, 504 and network errors (0 = none).</summary>
    public int MaxRetryAttempts { get; set; } = 3;

    /// <summary>The first retry's delay; each next one doubles it, with jitter.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest single wait, also for a 429's Retry-After.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Connector requests per second to one conversation (Teams: 7 per second per bot per conversation); 0 = unlimited.</summary>
    public int ConversationRequestsPerSecond { get; set; } = 7;

    /// <summary>
    /// Connector requests per second for the whole app in this process; 0 (the default) = unlimited. Teams' limit per
    /// app and tenant (about 50 a second) spans every process, so one process cannot keep it alone: replies to officers
    /// are not held below it, they meet Teams' own 429 and its Retry-After; the worker paces its bulk sends itself
    /// (<c>Worker:Delivery:SendsPerSecond</c>).
    /// </summary>
    public int AppRequestsPerSecond { get; set; }

    /// <summary>Requests that may wait for a rate limit before one fails with 429 <c>ClientRateLimited</c>.</summary>
    public int RateLimitQueueLimit { get; set; } = 10_000;

    /// <summary>The largest inbound activity body accepted; larger ones are answered 413.</summary>
    public int MaxRequestBodyBytes { get; set; } = 256 * 1024;

    /// <summary>The apology the error handler sends when a turn fails.</summary>
    public string ErrorReplyText { get; set; } =
        "Sorry, something went wrong on my side. Please try again in a few minutes.";
}
