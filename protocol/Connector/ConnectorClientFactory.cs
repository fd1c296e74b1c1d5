using KarmayogiBot.Protocol.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;

namespace KarmayogiBot.Protocol.Connector;

/// <summary>
/// Creates <see cref="ConnectorClient"/>s over the named <see cref="HttpClientName"/> client of
/// <see cref="IHttpClientFactory"/>, sharing one token provider, trust list, rate limiter and retry pipeline.
/// </summary>
public sealed class ConnectorClientFactory : IConnectorClientFactory
{
    /// <summary>The <see cref="IHttpClientFactory"/> name of the connector's HTTP client.</summary>
    public const string HttpClientName = "KarmayogiBot.Connector";

    private readonly IHttpClientFactory httpClientFactory;
    private readonly ITokenProvider tokenProvider;
    private readonly ServiceUrlTrust trust;
    private readonly ConnectorRateLimiter rateLimiter;
    private readonly ILogger<ConnectorClient> logger;
    private readonly ResiliencePipeline<HttpResponseMessage> pipeline;

    public ConnectorClientFactory(
        IHttpClientFactory httpClientFactory,
        ITokenProvider tokenProvider,
        ServiceUrlTrust trust,
        ConnectorRateLimiter rateLimiter,
        IOptions<BotOptions> options,
        ILogger<ConnectorClient> logger,
        TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.httpClientFactory = httpClientFactory ?? throw new ArgumentNullException(nameof(httpClientFactory));
        this.tokenProvider = tokenProvider ?? throw new ArgumentNullException(nameof(tokenProvider));
        this.trust = trust ?? throw new ArgumentNullException(nameof(trust));
        this.rateLimiter = rateLimiter ?? throw new ArgumentNullException(nameof(rateLimiter));
        this.logger = logger ?? throw new ArgumentNullException(nameof(logger));
        pipeline = ConnectorResilience.Create(options.Value, timeProvider ?? TimeProvider.System, logger);
    }

    public IConnectorClient Create(string serviceUrl) =>
        new ConnectorClient(
            ServiceUrlTrust.NormalizeServiceUrl(serviceUrl),
            httpClientFactory.CreateClient(HttpClientName),
            tokenProvider,
            trust,
            rateLimiter,
            pipeline,
            logger);
}
