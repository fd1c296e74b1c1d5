using System.Security.Cryptography;
using System.Text.Json.Nodes;
using KarmayogiBot.Protocol.Authentication;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace KarmayogiBot.Protocol.Tests.Support;

/// <summary>
/// Locally generated RSA keys published through local OpenID metadata and JWKS documents at the real addresses
/// (served by <see cref="LocalDocumentRetriever"/>), and tokens signed with them.
/// </summary>
internal sealed class TestKeys
{
    public const string AppId = "0b6fe6d1-fece-44f7-9a48-56465e2d5ab8";
    public const string OwnTenant = "50612dbb-0237-4969-b378-8d42590f9c00";
    public const string BotFrameworkJwksUrl = "https://login.botframework.com/v1/.well-known/keys";
    public const string EntraCommonJwksUrl = "https://login.microsoftonline.com/common/discovery/v2.0/keys";
    public const string EntraOwnTenantJwksUrl = "https://login.microsoftonline.com/" + OwnTenant + "/discovery/v2.0/keys";
    public const string EndorsedKeyId = "bf-endorsed-msteams";
    public const string WebchatOnlyKeyId = "bf-endorsed-webchat-only";
    public const string EntraKeyId = "entra-key";
    public const string OwnTenantKeyId = "own-tenant-key";

    public TestKeys()
    {
        Documents.Serve(AuthenticationConstants.BotFrameworkMetadataUrl, Metadata(AuthenticationConstants.BotFrameworkIssuer, BotFrameworkJwksUrl));
        Documents.Serve(BotFrameworkJwksUrl, Jwks(
            (EndorsedKey, EndorsedKeyId, ["msteams", "webchat"]),
            (WebchatOnlyKey, WebchatOnlyKeyId, ["webchat"])));
        Documents.Serve(AuthenticationConstants.EntraCommonMetadataUrl, Metadata("https://login.microsoftonline.com/{tenantid}/v2.0", EntraCommonJwksUrl));
        Documents.Serve(EntraCommonJwksUrl, Jwks((EntraKey, EntraKeyId, null)));
        Documents.Serve(AuthenticationConstants.EntraTenantMetadataUrl(OwnTenant), Metadata($"https://login.microsoftonline.com/{OwnTenant}/v2.0", EntraOwnTenantJwksUrl));
        Documents.Serve(EntraOwnTenantJwksUrl, Jwks((OwnTenantKey, OwnTenantKeyId, null)));
    }

    // Generating RSA keys takes a while: once per test run, shared (read-only) by every test.
    private static readonly RSA SharedEndorsedKey = RSA.Create(2048);
    private static readonly RSA SharedWebchatOnlyKey = RSA.Create(2048);
    private static readonly RSA SharedEntraKey = RSA.Create(2048);
    private static readonly RSA SharedOwnTenantKey = RSA.Create(2048);
    private static readonly RSA SharedRogueKey = RSA.Create(2048);

    public RSA EndorsedKey => SharedEndorsedKey;

    public RSA WebchatOnlyKey => SharedWebchatOnlyKey;

    public RSA EntraKey => SharedEntraKey;

    public RSA OwnTenantKey => SharedOwnTenantKey;

    /// <summary>A key published nowhere.</summary>
    public RSA RogueKey => SharedRogueKey;

    public LocalDocumentRetriever Documents { get; } = new();

    /// <summary>A Bot Connector token as the Teams service sends it, for <paramref name="serviceUrl"/> (null: no serviceurl claim).</summary>
    public string BotFrameworkToken(
        string? serviceUrl,
        string audience = AppId,
        string issuer = AuthenticationConstants.BotFrameworkIssuer,
        RSA? key = null,
        string keyId = EndorsedKeyId,
        DateTime? notBefore = null,
        DateTime? expires = null)
    {
        var claims = new Dictionary<string, object>();
        if (serviceUrl is not null)
        {
            claims[AuthenticationConstants.ServiceUrlClaim] = serviceUrl;
        }

        return Sign(new RsaSecurityKey(key ?? EndorsedKey) { KeyId = keyId }, SecurityAlgorithms.RsaSha256, issuer, audience, claims, notBefore, expires);
    }

    /// <summary>An Entra ID token: v1 (<c>sts.windows.net</c>, <c>appid</c>) or v2 (<c>login.microsoftonline.com/.../v2.0</c>, <c>azp</c>).</summary>
    public string EntraToken(string tenant, bool v2, string callerAppId, RSA? key = null, string keyId = EntraKeyId, string audience = AppId)
    {
        var issuer = v2 ? $"https://login.microsoftonline.com/{tenant}/v2.0" : $"https://sts.windows.net/{tenant}/";
        var claims = new Dictionary<string, object>
        {
            [v2 ? "azp" : "appid"] = callerAppId,
            ["ver"] = v2 ? "2.0" : "1.0",
            ["tid"] = tenant,
        };
        return Sign(new RsaSecurityKey(key ?? EntraKey) { KeyId = keyId }, SecurityAlgorithms.RsaSha256, issuer, audience, claims, null, null);
    }

    /// <summary>An HS256 token whose HMAC secret is the endorsed key's public modulus and whose kid names it (algorithm confusion).</summary>
    public string Hs256Token(string serviceUrl)
    {
        var secret = EndorsedKey.ExportParameters(false).Modulus!;
        var claims = new Dictionary<string, object> { [AuthenticationConstants.ServiceUrlClaim] = serviceUrl };
        return Sign(new SymmetricSecurityKey(secret) { KeyId = EndorsedKeyId }, SecurityAlgorithms.HmacSha256,
            AuthenticationConstants.BotFrameworkIssuer, AppId, claims, null, null);
    }

    private static string Sign(
        SecurityKey key, string algorithm, string issuer, string audience, Dictionary<string, object> claims, DateTime? notBefore, DateTime? expires)
    {
        var now = DateTime.UtcNow;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Claims = claims,
            IssuedAt = notBefore ?? now.AddMinutes(-1),
            NotBefore = notBefore ?? now.AddMinutes(-1),
            Expires = expires ?? now.AddHours(1),
            SigningCredentials = new SigningCredentials(key, algorithm),
        };
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }

    private static string Metadata(string issuer, string jwksUri) => new JsonObject
    {
        ["issuer"] = issuer,
        ["jwks_uri"] = jwksUri,
        ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
    }.ToJsonString();

    private static string Jwks(params (RSA Key, string KeyId, string[]? Endorsements)[] keys)
    {
        var array = new JsonArray();
        foreach (var (key, keyId, endorsements) in keys)
        {
            var parameters = key.ExportParameters(false);
            var jwk = new JsonObject
            {
                ["kty"] = "RSA",
                ["use"] = "sig",
                ["kid"] = keyId,
                ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
                ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
            };
            if (endorsements is not null)
            {
                jwk["endorsements"] = new JsonArray(endorsements.Select(e => (JsonNode?)JsonValue.Create(e)).ToArray());
            }

            array.Add(jwk);
        }

        return new JsonObject { ["keys"] = array }.ToJsonString();
    }
}
