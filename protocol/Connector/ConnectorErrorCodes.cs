namespace KarmayogiBot.Protocol.Connector;

/// <summary>Error codes the Teams connector answers with (Teams docs, "Status codes from bot conversational APIs").</summary>
public static class ConnectorErrorCodes
{
    /// <summary>403: the user blocked the bot.</summary>
    public const string ConversationBlockedByUser = "ConversationBlockedByUser";

    /// <summary>403: the bot is not in the conversation (the user uninstalled it).</summary>
    public const string BotNotInConversationRoster = "BotNotInConversationRoster";

    /// <summary>403: the tenant admin disabled the bot.</summary>
    public const string BotDisabledByAdmin = "BotDisabledByAdmin";

    /// <summary>403: the operation is not allowed.</summary>
    public const string ForbiddenOperationException = "ForbiddenOperationException";

    /// <summary>404: no such conversation.</summary>
    public const string ConversationNotFound = "ConversationNotFound";

    /// <summary>429 raised locally: more requests waited for a rate limit than <see cref="BotOptions.RateLimitQueueLimit"/>.</summary>
    public const string ClientRateLimited = "ClientRateLimited";
}
