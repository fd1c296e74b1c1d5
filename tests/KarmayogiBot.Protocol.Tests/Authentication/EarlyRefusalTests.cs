using System.Text;
using KarmayogiBot.Protocol.Authentication;
using KarmayogiBot.Protocol.Tests.Support;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace KarmayogiBot.Protocol.Tests.Authentication;

/// <summary>
/// Issue 15, item 4: with the OpenID metadata unreachable, every forged token caused a fresh fetch and an Error with a
/// stack trace. Tokens that cannot be valid are refused before any fetch, and a failed fetch is remembered with a
/// back-off and logged once per interval.
/// </summary>
public sealed class EarlyRefusalTests
{
    private const string ServiceUrl = "https://smba.trafficmanager.net/amer/";

    private readonly TestKeys keys = new();

    public static TheoryData<string, string> HopelessTokens() => new()
    {
        { "HS256 (algorithm confusion)", "hs256" },
        { "alg none", "none" },
        { "no kid", "nokid" },
        { "expired an hour ago", "expired" },
        { "another bot's audience", "audience" },
    };

    [Theory]
    [MemberData(nameof(HopelessTokens))]
    public async Task Authenticate_TokenThatCannotBeValid_RefusedWithoutFetchingAnything(string why, string kind)
    {
        var documents = keys.Documents;
        var authenticator = Authenticator(documents, new ListLogger());
        var token = kind switch
        {
            "hs256" => keys.Hs256Token(ServiceUrl),
            "none" => Unsigned(),
            "nokid" => keys.BotFrameworkToken(ServiceUrl, keyId: null!),
            "expired" => keys.BotFrameworkToken(ServiceUrl, notBefore: DateTime.UtcNow.AddHours(-3), expires: DateTime.UtcNow.AddHours(-1)),
            _ => keys.BotFrameworkToken(ServiceUrl, audience: "11111111-2222-3333-4444-555555555555"),
        };

        await Assert.ThrowsAsync<BotAuthenticationException>(() => authenticator.AuthenticateRequestAsync("Bearer " + token));

        Assert.True(documents.RequestCount(AuthenticationConstants.BotFrameworkMetadataUrl) == 0, why);
    }

    [Fact]
    public async Task Authenticate_MetadataUnreachable_FetchesOncePerBackOffAndWarnsOncePerBackOff()
    {
        var documents = keys.Documents;
        documents.Unreachable = true;
        var clock = new RecordingTimeProvider { Now = DateTimeOffset.UtcNow };
        var log = new ListLogger();
        var authenticator = Authenticator(documents, log, clock);

        for (var i = 0; i < 20; i++)
        {
            await Assert.ThrowsAnyAsync<Exception>(() => authenticator.AuthenticateRequestAsync("Bearer " + keys.BotFrameworkToken(ServiceUrl)));
        }

        var fetchesDuringBackOff = documents.RequestCount(AuthenticationConstants.BotFrameworkMetadataUrl);
        var warningsDuringBackOff = log.Warnings;
        clock.Now += BackOffDocumentRetriever.FirstBackOff + TimeSpan.FromSeconds(1);
        await Assert.ThrowsAnyAsync<Exception>(() => authenticator.AuthenticateRequestAsync("Bearer " + keys.BotFrameworkToken(ServiceUrl)));

        Assert.Equal(1, fetchesDuringBackOff);
        Assert.Equal(1, warningsDuringBackOff);
        Assert.Equal(2, documents.RequestCount(AuthenticationConstants.BotFrameworkMetadataUrl));
        Assert.Equal(2, log.Warnings);
        Assert.DoesNotContain(log.Entries, e => e.Level >= LogLevel.Error);
    }

    [Fact]
    public async Task Authenticate_MetadataBackAfterAnOutage_AcceptsAValidToken()
    {
        var documents = keys.Documents;
        documents.Unreachable = true;
        var clock = new RecordingTimeProvider { Now = DateTimeOffset.UtcNow };
        var authenticator = Authenticator(documents, new ListLogger(), clock);
        await Assert.ThrowsAnyAsync<Exception>(() => authenticator.AuthenticateRequestAsync("Bearer " + keys.BotFrameworkToken(ServiceUrl)));

        documents.Unreachable = false;
        clock.Now += BackOffDocumentRetriever.MaximumBackOff;
        var identity = await authenticator.AuthenticateRequestAsync("Bearer " + keys.BotFrameworkToken(ServiceUrl));

        Assert.Equal(TokenIssuerKind.BotFramework, identity.Issuer);
    }

    private static BotAuthenticator Authenticator(LocalDocumentRetriever documents, ListLogger log, TimeProvider? clock = null) => new(
        Options.Create(new BotAuthenticationOptions { MicrosoftAppId = TestKeys.AppId, MicrosoftAppPassword = "secret" }),
        Options.Create(new BotOptions()),
        documents,
        log,
        clock);

    private static string Unsigned()
    {
        static string Part(string json) => Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(json));
        var exp = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds();
        return Part("""{"alg":"none","typ":"JWT","kid":"x"}""") + "." +
            Part($$"""{"iss":"https://api.botframework.com","aud":"{{TestKeys.AppId}}","exp":{{exp}},"serviceurl":"{{ServiceUrl}}"}""") + ".";
    }

    private sealed class ListLogger : ILogger<BotAuthenticator>
    {
        private readonly List<(LogLevel Level, string Message)> entries = [];

        public IReadOnlyList<(LogLevel Level, string Message)> Entries { get { lock (entries) { return [.. entries]; } } }

        public int Warnings => Entries.Count(e => e.Level == LogLevel.Warning);

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (entries)
            {
                entries.Add((logLevel, formatter(state, exception)));
            }
        }
    }
}
