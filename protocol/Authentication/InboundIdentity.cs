using System.Security.Claims;

namespace KarmayogiBot.Protocol.Authentication;

/// <summary>The caller of one inbound request, as established by <see cref="BotAuthenticator"/>.</summary>
public sealed class InboundIdentity
{
    public InboundIdentity(
        ClaimsIdentity claimsIdentity,
        TokenIssuerKind issuer,
        string? callerAppId = null,
        string? keyId = null,
        string? serviceUrlClaim = null,
        string? metadataUrl = null)
    {
        ClaimsIdentity = claimsIdentity ?? throw new ArgumentNullException(nameof(claimsIdentity));
        Issuer = issuer;
        CallerAppId = callerAppId;
        KeyId = keyId;
        ServiceUrlClaim = serviceUrlClaim;
        MetadataUrl = metadataUrl;
    }

    /// <summary>No token, authentication off.</summary>
    public static InboundIdentity Anonymous { get; } = new(new ClaimsIdentity(), TokenIssuerKind.None);

    /// <summary>The validated token's claims (empty and unauthenticated for <see cref="Anonymous"/>).</summary>
    public ClaimsIdentity ClaimsIdentity { get; }

    public TokenIssuerKind Issuer { get; }

    /// <summary>True when a token was validated.</summary>
    public bool IsAuthenticated => Issuer != TokenIssuerKind.None;

    /// <summary>The calling app: <c>appid</c> (v1) or <c>azp</c> (v2) of an Entra token.</summary>
    public string? CallerAppId { get; }

    /// <summary>The <c>kid</c> of the key that signed the token.</summary>
    public string? KeyId { get; }

    /// <summary>The <c>serviceurl</c> claim of a Bot Connector token.</summary>
    public string? ServiceUrlClaim { get; }

    internal string? MetadataUrl { get; }
}
