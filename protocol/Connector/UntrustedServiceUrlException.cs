namespace KarmayogiBot.Protocol.Connector;

/// <summary>The service URL is not trusted (see <see cref="ServiceUrlTrust"/>): nothing was sent to it, no token leaked.</summary>
public sealed class UntrustedServiceUrlException : Exception
{
    public UntrustedServiceUrlException(Uri serviceUrl)
        : base($"The service URL host '{serviceUrl?.Host}' is not trusted: it did not come in an authenticated activity and is not on the allow-list (Bot:TrustedServiceUrls).")
    {
        ServiceUrl = serviceUrl ?? throw new ArgumentNullException(nameof(serviceUrl));
    }

    public Uri ServiceUrl { get; }
}
