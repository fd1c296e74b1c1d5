using KarmayogiBot.Protocol.Authentication;
using KarmayogiBot.Protocol.Connector;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moq;
using RichardSzalay.MockHttp;

namespace KarmayogiBot.Protocol.Tests.Support;

/// <summary>A <see cref="ConnectorClientFactory"/> over a MockHttp handler, a fake token and a recording clock.</summary>
internal sealed class ConnectorHarness : IDisposable
{
    public const string Token = "connector-token-123";

    private ConnectorRateLimiter? rateLimiter;

    public ConnectorHarness(bool authenticationOn = true)
    {
        Authentication = authenticationOn
            ? new BotAuthenticationOptions { MicrosoftAppId = TestKeys.AppId, MicrosoftAppPassword = "secret" }
            : new BotAuthenticationOptions();
        TokenProvider.Setup(p => p.GetAccessTokenAsync(It.IsAny<CancellationToken>()))
            .ReturnsAsync(authenticationOn ? Token : null);
    }

    public MockHttpMessageHandler Http { get; } = new();

    public Mock<ITokenProvider> TokenProvider { get; } = new();

    public RecordingTimeProvider Time { get; } = new();

    public BotAuthenticationOptions Authentication { get; }

    public BotOptions Options { get; } = new() { RetryBaseDelay = TimeSpan.FromMilliseconds(200) };

    public ServiceUrlTrust? Trust { get; private set; }

    public ConnectorClientFactory CreateFactory()
    {
        var httpClientFactory = new Mock<IHttpClientFactory>();
        httpClientFactory.Setup(f => f.CreateClient(ConnectorClientFactory.HttpClientName))
            .Returns(() => new HttpClient(Http, disposeHandler: false));
        var options = Microsoft.Extensions.Options.Options.Create(Options);
        Trust ??= new ServiceUrlTrust(Microsoft.Extensions.Options.Options.Create(Authentication), options);
        rateLimiter ??= new ConnectorRateLimiter(options);
        return new ConnectorClientFactory(
            httpClientFactory.Object, TokenProvider.Object, Trust, rateLimiter, options, NullLogger<ConnectorClient>.Instance, Time);
    }

    public IConnectorClient Create(string serviceUrl) => CreateFactory().Create(serviceUrl);

    public void Dispose()
    {
        rateLimiter?.Dispose();
        Http.Dispose();
    }
}
