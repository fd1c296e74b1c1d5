namespace KarmayogiBot.Protocol.Schema;

/// <summary>The HTTP answer to an invoke activity: <paramref name="Status"/> and an optional JSON <paramref name="Body"/>.</summary>
/// <param name="Status">The HTTP status code Teams receives.</param>
/// <param name="Body">Serialised with <see cref="ProtocolJson.Options"/>; null for no body.</param>
public sealed record InvokeResponse(int Status, object? Body = null)
{
    /// <summary>501: no handler for this invoke.</summary>
    public static InvokeResponse NotImplemented { get; } = new(501);
}
