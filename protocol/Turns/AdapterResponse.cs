namespace KarmayogiBot.Protocol.Turns;

/// <summary>What the HTTP host answers: <paramref name="Status"/> and, for invokes, a UTF-8 JSON <paramref name="Body"/>.</summary>
public sealed record AdapterResponse(int Status, byte[]? Body = null)
{
    public static AdapterResponse Ok { get; } = new(200);
}
