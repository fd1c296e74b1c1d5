namespace KarmayogiBot.Protocol.Authentication;

/// <summary>An inbound request failed authentication: answer 401 and process nothing.</summary>
public sealed class BotAuthenticationException : Exception
{
    public BotAuthenticationException()
    {
    }

    public BotAuthenticationException(string message)
        : base(message)
    {
    }

    public BotAuthenticationException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
