using System.Security.Cryptography;
using System.Text.Json.Nodes;
using KarmayogiBot.Protocol.Authentication;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Tokens;

namespace KarmayogiBot.Bot.Tests.Hosting;

/// <summary>A locally generated Bot Connector signing key endorsed for msteams, its metadata and JWKS served from memory, and tokens.</summary>
public sealed class LocalTokens : IDocumentRetriever
{
    public const string AppId = "608cacfd-1cea-40c9-b678-4b93e69bb72b";
    private const string JwksUrl = "https://login.botframework.com/v1/.well-known/keys";
    private const string KeyId = "local-msteams-key";

    private static readonly RSA Key = RSA.Create(2048);

    public Task<string> GetDocumentAsync(string address, CancellationToken cancel) => address switch
    {
        AuthenticationConstants.BotFrameworkMetadataUrl => Task.FromResult(new JsonObject
        {
            ["issuer"] = AuthenticationConstants.BotFrameworkIssuer,
            ["jwks_uri"] = JwksUrl,
        }.ToJsonString()),
        JwksUrl => Task.FromResult(Jwks()),
        _ => Task.FromException<string>(new IOException($"No local document at {address}.")),
    };

    public static string Token(string serviceUrl, string audience = AppId) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = AuthenticationConstants.BotFrameworkIssuer,
            Audience = audience,
            Claims = new Dictionary<string, object> { [AuthenticationConstants.ServiceUrlClaim] = serviceUrl },
            NotBefore = DateTime.UtcNow.AddMinutes(-1),
            Expires = DateTime.UtcNow.AddHours(1),
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(Key) { KeyId = KeyId }, SecurityAlgorithms.RsaSha256),
        });

    private static string Jwks()
    {
        var parameters = Key.ExportParameters(false);
        return new JsonObject
        {
            ["keys"] = new JsonArray(new JsonObject
            {
                ["kty"] = "RSA",
                ["use"] = "sig",
                ["kid"] = KeyId,
                ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
                ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
                ["endorsements"] = new JsonArray("msteams"),
            }),
        }.ToJsonString();
    }
}
