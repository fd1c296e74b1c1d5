using System.Collections.Concurrent;
using KarmayogiBot.Protocol.Authentication;
using Microsoft.Extensions.Options;

namespace KarmayogiBot.Protocol.Connector;

/// <summary>
/// Decides whether the bot's token may be sent to a service URL, so that it never leaks to an address an attacker
/// put in an activity. Trusted: an origin (scheme, host, port) that arrived in an activity whose Bot Connector token
/// was bound to it; https to botframework.com, smba.trafficmanager.net, teams.microsoft.com, teams.microsoft.us and
/// their subdomains; what <see cref="BotOptions.TrustedServiceUrls"/> adds; and, only while authentication is off
/// (no token is sent), loopback addresses such as the Agents Playground's.
/// </summary>
public sealed class ServiceUrlTrust
{
    private static readonly string[] AllowedHosts =
        ["botframework.com", "smba.trafficmanager.net", "teams.microsoft.com", "teams.microsoft.us"];

    private readonly ConcurrentDictionary<string, byte> authenticatedOrigins = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> configuredOrigins = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> configuredHosts = [];
    private readonly bool authenticationEnabled;

    public ServiceUrlTrust(IOptions<BotAuthenticationOptions> authentication, IOptions<BotOptions> options)
    {
        ArgumentNullException.ThrowIfNull(authentication);
        ArgumentNullException.ThrowIfNull(options);
        authenticationEnabled = authentication.Value.IsAuthenticationEnabled;
        foreach (var entry in options.Value.TrustedServiceUrls)
        {
            if (string.IsNullOrWhiteSpace(entry))
            {
                continue;
            }

            if (Uri.TryCreate(entry.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
            {
                configuredOrigins.Add(Origin(uri));
            }
            else
            {
                configuredHosts.Add(entry.Trim().TrimEnd('/').ToLowerInvariant());
            }
        }
    }

    /// <summary>
    /// The absolute http(s) base address of <paramref name="serviceUrl"/>, with a trailing '/' appended when missing
    /// (the Playground sends <c>http://localhost:56150/_connector</c>; without it relative paths drop its last segment).
    /// </summary>
    /// <exception cref="ArgumentException">Not an absolute http or https URL.</exception>
    public static Uri NormalizeServiceUrl(string serviceUrl)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(serviceUrl);
        var text = serviceUrl.Trim();
        if (!text.EndsWith('/'))
        {
            text += "/";
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
            || !string.IsNullOrEmpty(uri.Query)
            || !string.IsNullOrEmpty(uri.Fragment))
        {
            throw new ArgumentException("The service URL is not an absolute http(s) URL without query.", nameof(serviceUrl));
        }

        return uri;
    }

    /// <summary>Trusts the origin of <paramref name="serviceUrl"/>: call only for an activity whose token's serviceurl claim matched it.</summary>
    public void TrustAuthenticated(string serviceUrl)
    {
        if (Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri))
        {
            authenticatedOrigins.TryAdd(Origin(uri), 0);
        }
    }

    /// <summary>Whether a request to <paramref name="serviceUrl"/> may be made (and carry the token when authentication is on).</summary>
    public bool IsTrusted(Uri serviceUrl)
    {
        ArgumentNullException.ThrowIfNull(serviceUrl);
        if (!serviceUrl.IsAbsoluteUri)
        {
            return false;
        }

        var origin = Origin(serviceUrl);
        if (authenticatedOrigins.ContainsKey(origin) || configuredOrigins.Contains(origin))
        {
            return true;
        }

        var host = serviceUrl.IdnHost.ToLowerInvariant();
        if (serviceUrl.Scheme == Uri.UriSchemeHttps
            && (AllowedHosts.Any(allowed => IsHostOrSubdomain(host, allowed))
                || configuredHosts.Any(allowed => IsHostOrSubdomain(host, allowed))))
        {
            return true;
        }

        return !authenticationEnabled && serviceUrl.IsLoopback;
    }

    private static bool IsHostOrSubdomain(string host, string allowed) =>
        host == allowed || host.EndsWith("." + allowed, StringComparison.Ordinal);

    private static string Origin(Uri uri) => $"{uri.Scheme}://{uri.IdnHost}:{uri.Port}".ToLowerInvariant();
}
