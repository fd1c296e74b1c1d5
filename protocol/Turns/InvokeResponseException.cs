namespace KarmayogiBot.Protocol.Turns;

/// <summary>Thrown by an invoke handler to answer with <see cref="StatusCode"/> (e.g. 400 for a bad payload, 501 when not implemented).</summary>
public sealed class InvokeResponseException : Exception
{
    public InvokeResponseException(int statusCode, object? body = null)
        : base($"The invoke is answered with {statusCode}.")
    {
        StatusCode = statusCode;
        Body = body;
    }

    public int StatusCode { get; }

    public object? Body { get; }
}
