using KarmayogiBot.Protocol;
using KarmayogiBot.Protocol.Authentication;
using KarmayogiBot.Protocol.Schema;
using KarmayogiBot.Protocol.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace KarmayogiBot.Protocol.Tests.Authentication;

public sealed class BotAuthenticatorTests
{
    private const string ServiceUrl = "https://smba.trafficmanager.net/amer/";

    private readonly TestKeys keys = new();

    [Fact]
    public async Task Authenticate_ValidTeamsToken_AcceptsAndBindsServiceUrl()
    {
        var authenticator = CreateAuthenticator();

        var identity = await authenticator.AuthenticateRequestAsync("Bearer " + keys.BotFrameworkToken(ServiceUrl));
        await authenticator.ValidateActivityAsync(identity, TeamsActivity());

        Assert.Equal(TokenIssuerKind.BotFramework, identity.Issuer);
        Assert.True(identity.IsAuthenticated);
        Assert.True(identity.ClaimsIdentity.IsAuthenticated);
        Assert.Equal(ServiceUrl, identity.ServiceUrlClaim);
        Assert.Equal(TestKeys.EndorsedKeyId, identity.KeyId);
    }

    [Fact]
    public async Task Authenticate_ServiceUrlClaimDiffersOnlyInCase_Accepts()
    {
        var authenticator = CreateAuthenticator();

        var identity = await authenticator.AuthenticateRequestAsync("Bearer " + keys.BotFrameworkToken("HTTPS://SMBA.trafficmanager.net/amer/"));

        await authenticator.ValidateActivityAsync(identity, TeamsActivity());
    }

    [Fact]
    public async Task Authenticate_ExpiredToken_Rejects()
    {
        var authenticator = CreateAuthenticator();
        var token = keys.BotFrameworkToken(ServiceUrl, notBefore: DateTime.UtcNow.AddHours(-2), expires: DateTime.UtcNow.AddMinutes(-6));

        await Assert.ThrowsAsync<BotAuthenticationException>(() => authenticator.AuthenticateRequestAsync("Bearer " + token));
    }

    [Fact]
    public async Task Authenticate_ExpiredWithinFiveMinutesSkew_Accepts()
    {
        var authenticator = CreateAuthenticator();
        var token = keys.BotFrameworkToken(ServiceUrl, notBefore: DateTime.UtcNow.AddHours(-1), expires: DateTime.UtcNow.AddMinutes(-3));

        var identity = await authenticator.AuthenticateRequestAsync("Bearer " + token);

        Assert.Equal(TokenIssuerKind.BotFramework, identity.Issuer);
    }

    [Fact]
    public async Task Authenticate_TokenForAnotherBot_Rejects()
    {
        var authenticator = CreateAuthenticator();
        var token = keys.BotFrameworkToken(ServiceUrl, audience: "11111111-2222-3333-4444-555555555555");

        await Assert.ThrowsAsync<BotAuthenticationException>(() => authenticator.AuthenticateRequestAsync("Bearer " + token));
    }

    [Theory]
    [InlineData("https://evil.example.com")]
    [InlineData("https://api.botframework.com/")]
    [InlineData("https://sts.windows.net/99999999-9999-9999-9999-999999999999/")]
    public async Task Authenticate_IssuerNotAccepted_Rejects(string issuer)
    {
        var authenticator = CreateAuthenticator();
        var token = keys.BotFrameworkToken(ServiceUrl, issuer: issuer);

        await Assert.ThrowsAsync<BotAuthenticationException>(() => authenticator.AuthenticateRequestAsync("Bearer " + token));
    }

    [Fact]
    public async Task Authenticate_SignedWithUnpublishedKey_Rejects()
    {
        var authenticator = CreateAuthenticator();
        var token = keys.BotFrameworkToken(ServiceUrl, key: keys.RogueKey, keyId: TestKeys.EndorsedKeyId);

        await Assert.ThrowsAsync<BotAuthenticationException>(() => authenticator.AuthenticateRequestAsync("Bearer " + token));
    }

    [Fact]
    public async Task ValidateActivity_KeyNotEndorsedForTeams_Rejects()
    {
        var authenticator = CreateAuthenticator();
        var token = keys.BotFrameworkToken(ServiceUrl, key: keys.WebchatOnlyKey, keyId: TestKeys.WebchatOnlyKeyId);
        var identity = await authenticator.AuthenticateRequestAsync("Bearer " + token);

        var error = await Assert.ThrowsAsync<BotAuthenticationException>(() => authenticator.ValidateActivityAsync(identity, TeamsActivity()));

        Assert.Contains("endorsed", error.Message);
    }

    [Fact]
    public async Task ValidateActivity_KeyEndorsedForTheActivitysChannel_Accepts()
    {
        var authenticator = CreateAuthenticator();
        var token = keys.BotFrameworkToken(ServiceUrl, key: keys.WebchatOnlyKey, keyId: TestKeys.WebchatOnlyKeyId);
        var identity = await authenticator.AuthenticateRequestAsync("Bearer " + token);
        var activity = TeamsActivity();
        activity.ChannelId = "webchat";

        await authenticator.ValidateActivityAsync(identity, activity);
    }

    [Fact]
    public async Task ValidateActivity_ServiceUrlClaimMismatch_Rejects()
    {
        var authenticator = CreateAuthenticator();
        var identity = await authenticator.AuthenticateRequestAsync("Bearer " + keys.BotFrameworkToken(ServiceUrl));
        var activity = TeamsActivity();
        activity.ServiceUrl = "https://attacker.example.com/";

        var error = await Assert.ThrowsAsync<BotAuthenticationException>(() => authenticator.ValidateActivityAsync(identity, activity));

        Assert.Contains("serviceurl", error.Message);
    }

    [Fact]
    public async Task ValidateActivity_ServiceUrlClaimAbsent_Rejects()
    {
        var authenticator = CreateAuthenticator();
        var identity = await authenticator.AuthenticateRequestAsync("Bearer " + keys.BotFrameworkToken(serviceUrl: null));

        var error = await Assert.ThrowsAsync<BotAuthenticationException>(() => authenticator.ValidateActivityAsync(identity, TeamsActivity()));

        Assert.Contains("no serviceurl", error.Message);
    }

    [Fact]
    public async Task Authenticate_Hs256TokenKeyedWithThePublicModulus_Rejects()
    {
        var authenticator = CreateAuthenticator();

        await Assert.ThrowsAsync<BotAuthenticationException>(() => authenticator.AuthenticateRequestAsync("Bearer " + keys.Hs256Token(ServiceUrl)));
    }

    [Fact]
    public async Task Authenticate_NoHeaderWhileAuthenticationOn_Rejects()
    {
        var authenticator = CreateAuthenticator();

        await Assert.ThrowsAsync<BotAuthenticationException>(() => authenticator.AuthenticateRequestAsync(null));
        Assert.Equal(0, keys.Documents.RequestCount(AuthenticationConstants.BotFrameworkMetadataUrl));
    }

    [Theory]
    [InlineData("Basic dXNlcjpwYXNz")]
    [InlineData("Bearer ")]
    [InlineData("Bearer not-a-jwt")]
    public async Task Authenticate_MalformedHeader_Rejects(string header)
    {
        var authenticator = CreateAuthenticator();

        await Assert.ThrowsAsync<BotAuthenticationException>(() => authenticator.AuthenticateRequestAsync(header));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Authenticate_EntraTokenOfAListedCaller_AcceptsWithCallerAppId(bool v2)
    {
        var authenticator = CreateAuthenticator(allowedCallers: ["CALLER-APP"]);
        var token = keys.EntraToken("d6d49420-f39b-4df7-a1dc-d59a935871db", v2, callerAppId: "caller-app");

        var identity = await authenticator.AuthenticateRequestAsync("Bearer " + token);
        var activity = TeamsActivity();
        activity.ServiceUrl = "https://some.other.example/"; // Entra tokens carry no serviceurl: nothing to bind.
        await authenticator.ValidateActivityAsync(identity, activity);

        Assert.Equal(TokenIssuerKind.EntraId, identity.Issuer);
        Assert.Equal("caller-app", identity.CallerAppId);
        Assert.Equal(1, keys.Documents.RequestCount(AuthenticationConstants.EntraCommonMetadataUrl));
    }

    // BOT-PROTOCOL.md, inbound 2: a valid Entra signature is another app's call; refused unless the caller is listed.
    [Theory]
    [InlineData("d6d49420-f39b-4df7-a1dc-d59a935871db", false)]
    [InlineData("d6d49420-f39b-4df7-a1dc-d59a935871db", true)]
    [InlineData(TestKeys.OwnTenant, true)]
    public async Task Authenticate_EntraTokenOfAnAppNotListed_Rejects(string tenant, bool v2)
    {
        var authenticator = CreateAuthenticator(tenant: tenant == TestKeys.OwnTenant ? tenant : null, allowedCallers: ["another-app"]);
        var token = tenant == TestKeys.OwnTenant
            ? keys.EntraToken(tenant, v2, "any-app-of-the-tenant", keys.OwnTenantKey, TestKeys.OwnTenantKeyId)
            : keys.EntraToken(tenant, v2, callerAppId: "any-app-of-the-tenant");

        var error = await Assert.ThrowsAsync<BotAuthenticationException>(() => authenticator.AuthenticateRequestAsync("Bearer " + token));

        Assert.Contains("Bot:AllowedCallers", error.Message);
    }

    [Fact]
    public async Task Authenticate_EntraTokenWithNoCallersListed_Rejects()
    {
        var authenticator = CreateAuthenticator();
        var token = keys.EntraToken("d6d49420-f39b-4df7-a1dc-d59a935871db", v2: true, callerAppId: "caller-app");

        await Assert.ThrowsAsync<BotAuthenticationException>(() => authenticator.AuthenticateRequestAsync("Bearer " + token));
    }

    [Fact]
    public async Task Authenticate_EntraTokenFromOwnTenant_UsesTenantMetadata()
    {
        var authenticator = CreateAuthenticator(tenant: TestKeys.OwnTenant, allowedCallers: ["caller-app"]);
        var token = keys.EntraToken(TestKeys.OwnTenant, v2: true, "caller-app", keys.OwnTenantKey, TestKeys.OwnTenantKeyId);

        var identity = await authenticator.AuthenticateRequestAsync("Bearer " + token);

        Assert.Equal(TokenIssuerKind.EntraId, identity.Issuer);
        Assert.Equal(1, keys.Documents.RequestCount(AuthenticationConstants.EntraTenantMetadataUrl(TestKeys.OwnTenant)));
        Assert.Equal(0, keys.Documents.RequestCount(AuthenticationConstants.EntraCommonMetadataUrl));
    }

    [Fact]
    public async Task Authenticate_EntraTokenFromOwnTenantNotConfigured_Rejects()
    {
        var authenticator = CreateAuthenticator(allowedCallers: ["caller-app"]);
        var token = keys.EntraToken(TestKeys.OwnTenant, v2: true, "caller-app", keys.OwnTenantKey, TestKeys.OwnTenantKeyId);

        await Assert.ThrowsAsync<BotAuthenticationException>(() => authenticator.AuthenticateRequestAsync("Bearer " + token));
    }

    [Fact]
    public async Task Authenticate_AuthenticationOffWithoutHeader_AcceptsAnonymously()
    {
        var authenticator = CreateAuthenticator(appId: "");

        var identity = await authenticator.AuthenticateRequestAsync(null);
        await authenticator.ValidateActivityAsync(identity, TeamsActivity());

        Assert.False(authenticator.IsAuthenticationEnabled);
        Assert.Same(InboundIdentity.Anonymous, identity);
        Assert.False(identity.ClaimsIdentity.IsAuthenticated);
    }

    [Theory]
    [InlineData("Bearer garbage")]
    [InlineData("valid-token-for-another-bot")]
    public async Task Authenticate_AuthenticationOffWithBadHeader_Rejects(string header)
    {
        var authenticator = CreateAuthenticator(appId: "");
        if (header == "valid-token-for-another-bot")
        {
            header = "Bearer " + keys.BotFrameworkToken(ServiceUrl);
        }

        await Assert.ThrowsAsync<BotAuthenticationException>(() => authenticator.AuthenticateRequestAsync(header));
    }

    [Fact]
    public void IsAuthenticationEnabled_ManagedIdentityWithoutAppId_StaysOn()
    {
        var authenticator = new BotAuthenticator(
            Options.Create(new BotAuthenticationOptions { MicrosoftAppType = "UserAssignedMSI" }),
            Options.Create(new BotOptions()),
            keys.Documents,
            NullLogger<BotAuthenticator>.Instance);

        Assert.True(authenticator.IsAuthenticationEnabled);
    }

    [Fact]
    public async Task ValidateActivity_ManyRequests_FetchesMetadataAndJwksOnce()
    {
        var authenticator = CreateAuthenticator();

        for (var i = 0; i < 5; i++)
        {
            var identity = await authenticator.AuthenticateRequestAsync("Bearer " + keys.BotFrameworkToken(ServiceUrl));
            await authenticator.ValidateActivityAsync(identity, TeamsActivity());
        }

        Assert.Equal(1, keys.Documents.RequestCount(AuthenticationConstants.BotFrameworkMetadataUrl));
        // Once by the configuration manager (keys), once raw for the endorsements.
        Assert.Equal(2, keys.Documents.RequestCount(TestKeys.BotFrameworkJwksUrl));
    }

    [Fact]
    public async Task Authenticate_MetadataUnreachable_ThrowsSomethingOtherThanAuthenticationFailure()
    {
        var authenticator = new BotAuthenticator(
            Options.Create(new BotAuthenticationOptions { MicrosoftAppId = TestKeys.AppId, MicrosoftAppPassword = "secret" }),
            Options.Create(new BotOptions()),
            new LocalDocumentRetriever(),
            NullLogger<BotAuthenticator>.Instance);

        var error = await Assert.ThrowsAnyAsync<Exception>(() => authenticator.AuthenticateRequestAsync("Bearer " + keys.BotFrameworkToken(ServiceUrl)));

        Assert.IsNotType<BotAuthenticationException>(error);
    }

    private static Activity TeamsActivity() => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = "msteams",
        ServiceUrl = ServiceUrl,
        Conversation = new ConversationAccount("a:1"),
    };

    private BotAuthenticator CreateAuthenticator(string appId = TestKeys.AppId, string? tenant = null, List<string>? allowedCallers = null) =>
        new(
            Options.Create(new BotAuthenticationOptions
            {
                MicrosoftAppId = appId,
                MicrosoftAppPassword = appId.Length == 0 ? null : "secret",
                MicrosoftAppTenantId = tenant,
                MicrosoftAppType = tenant is null ? null : "SingleTenant",
            }),
            Options.Create(new BotOptions { AllowedCallers = allowedCallers ?? [] }),
            keys.Documents,
            NullLogger<BotAuthenticator>.Instance);
}
