using Microsoft.IdentityModel.JsonWebTokens;

namespace KarmayogiBot.Protocol.Authentication;

/// <summary>
/// Refuses, before any metadata is fetched, a token that could not pass validation whatever the keys: an algorithm
/// other than RS256/384/512, no <c>kid</c>, no expiry or one past the clock skew, or an audience that is not the bot.
/// These checks only save work; the signature, issuer, audience and lifetime are still validated in full.
/// </summary>
internal static class UnvalidatedTokenCheck
{
    /// <exception cref="BotAuthenticationException">The token cannot be valid.</exception>
    public static void ThrowIfHopeless(JsonWebToken token, string? appId, DateTimeOffset now)
    {
        if (!AuthenticationConstants.AllowedAlgorithms.Contains(token.Alg, StringComparer.Ordinal))
        {
            throw new BotAuthenticationException($"The token's algorithm '{token.Alg}' is not RS256, RS384 or RS512.");
        }

        if (string.IsNullOrEmpty(token.Kid))
        {
            throw new BotAuthenticationException("The token names no signing key (kid).");
        }

        if (token.ValidTo == DateTime.MinValue)
        {
            throw new BotAuthenticationException("The token has no expiry.");
        }

        if (new DateTimeOffset(token.ValidTo, TimeSpan.Zero) + AuthenticationConstants.ClockSkew < now)
        {
            throw new BotAuthenticationException("The token has expired.");
        }

        if (!string.IsNullOrWhiteSpace(appId) && !token.Audiences.Contains(appId.Trim(), StringComparer.Ordinal))
        {
            throw new BotAuthenticationException("The token is for another audience.");
        }
    }
}
