using System.Net;

namespace KarmayogiBot.Protocol.Connector;

/// <summary>
/// A connector call failed with <see cref="StatusCode"/> (after retries, when retryable). <see cref="ErrorCode"/>
/// comes from <c>{"error": {"code", "message"}}</c> or the legacy <c>{"errorCode", "message"}</c> body; see
/// <see cref="ConnectorErrorCodes"/>. A 403 means the user cannot be reached (blocked, uninstalled, disabled).
/// </summary>
public sealed class ConnectorException : Exception
{
    public ConnectorException(string operation, HttpStatusCode statusCode, string? errorCode, string? errorMessage, Exception? innerException = null)
        : base(FormatMessage(operation, statusCode, errorCode, errorMessage), innerException)
    {
        Operation = operation;
        StatusCode = statusCode;
        ErrorCode = errorCode;
        ErrorMessage = errorMessage;
    }

    /// <summary>The connector operation, e.g. <c>ReplyToActivity</c>, <c>CreateConversation</c>.</summary>
    public string Operation { get; }

    public HttpStatusCode StatusCode { get; }

    /// <summary>The service's error code (e.g. <c>ConversationBlockedByUser</c>, <c>ConversationNotFound</c>, <c>209</c>), when it sent one.</summary>
    public string? ErrorCode { get; }

    /// <summary>The service's error message, when it sent one.</summary>
    public string? ErrorMessage { get; }

    /// <summary>403: the bot may not message this user or conversation (blocked, uninstalled, disabled by an admin).</summary>
    public bool IsForbidden => StatusCode == HttpStatusCode.Forbidden;

    /// <summary>404: the conversation or member does not exist.</summary>
    public bool IsNotFound => StatusCode == HttpStatusCode.NotFound;

    private static string FormatMessage(string operation, HttpStatusCode statusCode, string? errorCode, string? errorMessage) =>
        $"Connector {operation} failed with {(int)statusCode} {errorCode ?? statusCode.ToString()}"
        + (string.IsNullOrEmpty(errorMessage) ? "." : $": {errorMessage}");
}
