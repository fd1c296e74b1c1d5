using KarmayogiBot.Protocol.Authentication;
using KarmayogiBot.Protocol.Connector;
using Microsoft.Extensions.Options;

namespace KarmayogiBot.Protocol.Tests.Connector;

public sealed class ServiceUrlTrustTests
{
    [Theory]
    [InlineData("https://smba.trafficmanager.net/amer/")]
    [InlineData("https://smba.trafficmanager.net/teams/")]
    [InlineData("https://directline.botframework.com/")]
    [InlineData("https://canary.teams.microsoft.com/x/")]
    [InlineData("https://smba.infra.gcc.teams.microsoft.us/")]
    [InlineData("https://SMBA.TrafficManager.NET/emea/")]
    public void IsTrusted_AllowListedHostOverHttps_True(string url)
    {
        Assert.True(Trust(authenticationOn: true).IsTrusted(new Uri(url)));
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("https://notbotframework.com/")]
    [InlineData("https://botframework.com.evil.example/")]
    [InlineData("http://smba.trafficmanager.net/amer/")]
    [InlineData("http://localhost:56150/_connector/")]
    [InlineData("http://127.0.0.1:3979/")]
    public void IsTrusted_AuthenticationOn_FalseForEverythingElse(string url)
    {
        Assert.False(Trust(authenticationOn: true).IsTrusted(new Uri(url)));
    }

    [Theory]
    [InlineData("http://localhost:56150/_connector/")]
    [InlineData("http://127.0.0.1:3979/")]
    [InlineData("http://[::1]:3979/")]
    public void IsTrusted_AuthenticationOffLoopback_True(string url)
    {
        Assert.True(Trust(authenticationOn: false).IsTrusted(new Uri(url)));
    }

    [Fact]
    public void IsTrusted_AuthenticationOffRemoteHost_False()
    {
        Assert.False(Trust(authenticationOn: false).IsTrusted(new Uri("http://10.1.2.3:8080/")));
    }

    [Fact]
    public void TrustAuthenticated_ServiceUrl_TrustsItsOriginOnly()
    {
        var trust = Trust(authenticationOn: true);

        trust.TrustAuthenticated("https://connector.example.org/api");

        Assert.True(trust.IsTrusted(new Uri("https://connector.example.org/other/")));
        Assert.False(trust.IsTrusted(new Uri("http://connector.example.org/api/")));
        Assert.False(trust.IsTrusted(new Uri("https://connector.example.org:8443/api/")));
    }

    [Fact]
    public void IsTrusted_ConfiguredAbsoluteUrl_TrustsThatSchemeHostAndPort()
    {
        var trust = Trust(authenticationOn: true, "http://127.0.0.1:3979");

        Assert.True(trust.IsTrusted(new Uri("http://127.0.0.1:3979/_connector/")));
        Assert.False(trust.IsTrusted(new Uri("http://127.0.0.1:3980/")));
    }

    [Theory]
    [InlineData("http://localhost:56150/_connector", "http://localhost:56150/_connector/")]
    [InlineData("https://smba.trafficmanager.net/amer/", "https://smba.trafficmanager.net/amer/")]
    public void NormalizeServiceUrl_MissingTrailingSlash_AppendsIt(string input, string expected)
    {
        Assert.Equal(expected, ServiceUrlTrust.NormalizeServiceUrl(input).AbsoluteUri);
    }

    private static ServiceUrlTrust Trust(bool authenticationOn, params string[] extra) => new(
        Options.Create(authenticationOn
            ? new BotAuthenticationOptions { MicrosoftAppId = "app", MicrosoftAppPassword = "secret" }
            : new BotAuthenticationOptions()),
        Options.Create(new BotOptions { TrustedServiceUrls = [.. extra] }));
}
