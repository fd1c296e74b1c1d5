namespace KarmayogiBot.Protocol.Connector;

/// <summary>Creates the <see cref="IConnectorClient"/> of a service URL (cheap; one per turn or per proactive send).</summary>
public interface IConnectorClientFactory
{
    /// <exception cref="ArgumentException"><paramref name="serviceUrl"/> is not an absolute http(s) URL.</exception>
    IConnectorClient Create(string serviceUrl);
}
