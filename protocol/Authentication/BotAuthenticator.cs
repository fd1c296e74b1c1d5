using System.Collections.Concurrent;
using KarmayogiBot.Protocol.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace KarmayogiBot.Protocol.Authentication;

/// <summary>
/// Authenticates inbound requests as "Authentication with the Bot Connector API" prescribes, in two steps:
/// <see cref="AuthenticateRequestAsync"/> validates the bearer token (issuer, audience = MicrosoftAppId, lifetime
/// with 5 minutes' skew, RS256/384/512 signature against the issuer's OpenID metadata) before the body is read;
/// <see cref="ValidateActivityAsync"/> then checks, for Bot Connector tokens, that the <c>serviceurl</c> claim equals
/// the activity's serviceUrl and that the signing key is endorsed for the activity's channel. An Entra ID-issued
/// token is another app's call: it is refused unless its caller (<c>appid</c>, or <c>azp</c> in v2 tokens) is one of
/// <see cref="BotOptions.AllowedCallers"/>.
/// Either step throws <see cref="BotAuthenticationException"/> on failure: answer 401.
/// </summary>
public sealed class BotAuthenticator
{
    private static readonly TimeSpan AutomaticRefreshInterval = TimeSpan.FromHours(12);

    private readonly BotAuthenticationOptions options;
    private readonly IDocumentRetriever documents;
    private readonly ILogger<BotAuthenticator> logger;
    private readonly JsonWebTokenHandler handler = new() { MapInboundClaims = false };
    private readonly ConcurrentDictionary<string, ConfigurationManager<OpenIdConnectConfiguration>> managers = new(StringComparer.Ordinal);
    private readonly EndorsementCache endorsements;
    private readonly HashSet<string> entraIssuers = new(StringComparer.Ordinal);
    private readonly HashSet<string> ownTenantIssuers = new(StringComparer.Ordinal);
    private readonly HashSet<string> allowedCallers;
    private readonly TimeProvider clock;

    /// <param name="options">The MicrosoftApp* keys.</param>
    /// <param name="botOptions">The <c>Bot</c> section: its <see cref="BotOptions.AllowedCallers"/>.</param>
    /// <param name="documents">Fetches OpenID metadata and JWKS documents (an <see cref="HttpDocumentRetriever"/> in production; a local one in tests).</param>
    /// <param name="logger">Logs rejections (reasons only, never tokens).</param>
    /// <param name="timeProvider">The clock of the early expiry check, the endorsement cache and the metadata back-off.</param>
    public BotAuthenticator(
        IOptions<BotAuthenticationOptions> options,
        IOptions<BotOptions> botOptions,
        IDocumentRetriever documents,
        ILogger<BotAuthenticator> logger,
        TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(botOptions);
        this.options = options.Value;
        allowedCallers = new HashSet<string>(
            botOptions.Value.AllowedCallers.Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c.Trim()), StringComparer.OrdinalIgnoreCase);
        ArgumentNullException.ThrowIfNull(documents);
        this.logger = logger ?? throw new ArgumentNullException(nameof(logger));
        clock = timeProvider ?? TimeProvider.System;
        this.documents = new BackOffDocumentRetriever(documents, clock, logger);
        endorsements = new EndorsementCache(this.documents, clock);

        foreach (var tenant in AuthenticationConstants.BotFrameworkTenants)
        {
            entraIssuers.UnionWith(AuthenticationConstants.EntraIssuers(tenant));
        }

        if (this.options.OwnTenantId is { } ownTenant)
        {
            ownTenantIssuers.UnionWith(AuthenticationConstants.EntraIssuers(ownTenant));
            entraIssuers.UnionWith(ownTenantIssuers);
        }
    }

    /// <summary>False when MicrosoftAppId is empty (and the type is not a managed identity): requests without a token are accepted.</summary>
    public bool IsAuthenticationEnabled => options.IsAuthenticationEnabled;

    /// <summary>
    /// Validates the <c>Authorization</c> header. Without one: <see cref="InboundIdentity.Anonymous"/> when
    /// authentication is off, else a failure. A header present is always validated.
    /// </summary>
    /// <exception cref="BotAuthenticationException">The header is absent (authentication on) or the token is not valid.</exception>
    /// <exception cref="InvalidOperationException">The OpenID metadata could not be retrieved (lately: see <see cref="BackOffDocumentRetriever"/>).</exception>
    public async Task<InboundIdentity> AuthenticateRequestAsync(string? authorizationHeader, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(authorizationHeader))
        {
            return options.IsAuthenticationEnabled
                ? throw new BotAuthenticationException("The request has no Authorization header.")
                : InboundIdentity.Anonymous;
        }

        var token = ReadBearerToken(authorizationHeader)
            ?? throw new BotAuthenticationException("The Authorization header is not a Bearer token.");

        JsonWebToken unvalidated;
        try
        {
            unvalidated = handler.ReadJsonWebToken(token);
        }
        catch (Exception ex) when (ex is ArgumentException or SecurityTokenException)
        {
            throw new BotAuthenticationException("The bearer token is not a well-formed JWT.", ex);
        }

        UnvalidatedTokenCheck.ThrowIfHopeless(unvalidated, options.MicrosoftAppId, clock.GetUtcNow());

        // The unvalidated issuer only picks the metadata; the issuer is validated with the signature below.
        var issuer = unvalidated.Issuer;
        TokenIssuerKind kind;
        string metadataUrl;
        IReadOnlyCollection<string> validIssuers;
        if (string.Equals(issuer, AuthenticationConstants.BotFrameworkIssuer, StringComparison.Ordinal))
        {
            kind = TokenIssuerKind.BotFramework;
            metadataUrl = AuthenticationConstants.BotFrameworkMetadataUrl;
            validIssuers = [AuthenticationConstants.BotFrameworkIssuer];
        }
        else if (entraIssuers.Contains(issuer))
        {
            kind = TokenIssuerKind.EntraId;
            metadataUrl = ownTenantIssuers.Contains(issuer)
                ? AuthenticationConstants.EntraTenantMetadataUrl(options.OwnTenantId!)
                : AuthenticationConstants.EntraCommonMetadataUrl;
            validIssuers = entraIssuers;
        }
        else
        {
            throw new BotAuthenticationException("The token's issuer is not accepted.");
        }

        var manager = managers.GetOrAdd(metadataUrl, CreateManager);
        var result = await ValidateAsync(token, manager, validIssuers, cancellationToken).ConfigureAwait(false);
        if (!result.IsValid && result.Exception is SecurityTokenSignatureKeyNotFoundException)
        {
            // A key rotation: refresh the metadata once and retry.
            manager.RequestRefresh();
            result = await ValidateAsync(token, manager, validIssuers, cancellationToken).ConfigureAwait(false);
        }

        if (!result.IsValid || result.SecurityToken is not JsonWebToken validated)
        {
            throw new BotAuthenticationException(
                $"The bearer token is not valid ({result.Exception?.GetType().Name ?? "unknown reason"}).", result.Exception);
        }

        validated.TryGetPayloadValue<string>("appid", out var appId);
        var callerAppId = string.IsNullOrEmpty(appId) ? validated.Azp : appId;
        if (kind == TokenIssuerKind.EntraId && (string.IsNullOrEmpty(callerAppId) || !allowedCallers.Contains(callerAppId)))
        {
            throw new BotAuthenticationException("The token was issued to an app that is not in Bot:AllowedCallers.");
        }

        validated.TryGetPayloadValue<string>(AuthenticationConstants.ServiceUrlClaim, out var serviceUrl);
        return new InboundIdentity(result.ClaimsIdentity, kind, callerAppId, validated.Kid, serviceUrl, metadataUrl);
    }

    /// <summary>
    /// The checks that need the activity. For a Bot Connector token: the <c>serviceurl</c> claim must be present and
    /// equal the activity's serviceUrl (case-insensitive), and the signing key's endorsements in the JWKS must
    /// contain the activity's channelId. Nothing to check for Entra tokens or without a token.
    /// </summary>
    /// <exception cref="BotAuthenticationException">A check failed.</exception>
    public async Task ValidateActivityAsync(InboundIdentity identity, Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(identity);
        ArgumentNullException.ThrowIfNull(activity);
        if (identity.Issuer != TokenIssuerKind.BotFramework)
        {
            return;
        }

        if (string.IsNullOrEmpty(identity.ServiceUrlClaim))
        {
            throw new BotAuthenticationException("The token has no serviceurl claim.");
        }

        if (!string.Equals(identity.ServiceUrlClaim, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase))
        {
            throw new BotAuthenticationException("The token's serviceurl claim does not match the activity's serviceUrl.");
        }

        if (string.IsNullOrEmpty(activity.ChannelId))
        {
            throw new BotAuthenticationException("The activity has no channelId to check the key's endorsements against.");
        }

        var manager = managers.GetOrAdd(identity.MetadataUrl ?? AuthenticationConstants.BotFrameworkMetadataUrl, CreateManager);
        var configuration = await manager.GetConfigurationAsync(cancellationToken).ConfigureAwait(false);
        var endorsed = await endorsements.GetEndorsementsAsync(configuration, identity.KeyId, cancellationToken).ConfigureAwait(false);
        if (endorsed is null || !endorsed.Contains(activity.ChannelId))
        {
            logger.LogWarning("Signing key {KeyId} is not endorsed for channel {ChannelId}", identity.KeyId, activity.ChannelId);
            throw new BotAuthenticationException("The token's signing key is not endorsed for the activity's channel.");
        }
    }

    private static string? ReadBearerToken(string header)
    {
        const string scheme = "Bearer ";
        var trimmed = header.Trim();
        if (!trimmed.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var token = trimmed[scheme.Length..].Trim();
        return token.Length == 0 ? null : token;
    }

    private ConfigurationManager<OpenIdConnectConfiguration> CreateManager(string metadataUrl) =>
        new(metadataUrl, new OpenIdConnectConfigurationRetriever(), documents)
        {
            AutomaticRefreshInterval = AutomaticRefreshInterval,
        };

    private async Task<TokenValidationResult> ValidateAsync(
        string token,
        ConfigurationManager<OpenIdConnectConfiguration> manager,
        IReadOnlyCollection<string> validIssuers,
        CancellationToken cancellationToken)
    {
        var configuration = await manager.GetConfigurationAsync(cancellationToken).ConfigureAwait(false);
        var parameters = new TokenValidationParameters
        {
            ValidateIssuer = true,
            ValidIssuers = validIssuers,
            ValidateAudience = true,
            ValidAudience = string.IsNullOrWhiteSpace(options.MicrosoftAppId) ? null : options.MicrosoftAppId.Trim(),
            ValidateLifetime = true,
            RequireExpirationTime = true,
            ClockSkew = AuthenticationConstants.ClockSkew,
            RequireSignedTokens = true,
            ValidAlgorithms = AuthenticationConstants.AllowedAlgorithms,
            IssuerSigningKeys = configuration.SigningKeys,
            TryAllIssuerSigningKeys = false,
            ValidateIssuerSigningKey = false,
            AuthenticationType = "Bearer",
        };
        return await handler.ValidateTokenAsync(token, parameters).ConfigureAwait(false);
    }
}
