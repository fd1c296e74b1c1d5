using System.Net;
using System.Net.Sockets;
using KarmayogiBot.Protocol.Connector;
using KarmayogiBot.Protocol.DependencyInjection;
using KarmayogiBot.Protocol.Schema;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace KarmayogiBot.Protocol.Tests.Connector;

/// <summary>
/// Issue 15, item 5: with authentication off a loopback 307 once sent a reply body on to 169.254.169.254. The
/// connector's real HTTP handler (as registered) follows no redirect; here both servers are on loopback.
/// </summary>
public sealed class ConnectorRedirectTests : IDisposable
{
    private readonly HttpListener connector;
    private readonly HttpListener elsewhere;
    private readonly string connectorUrl;
    private readonly string elsewhereUrl;

    public ConnectorRedirectTests()
    {
        connector = Listen(out connectorUrl);
        elsewhere = Listen(out elsewhereUrl);
    }

    public void Dispose()
    {
        connector.Close();
        elsewhere.Close();
    }

    [Theory]
    [InlineData(307)]
    [InlineData(302)]
    [InlineData(308)]
    public async Task SendToConversation_ConnectorAnswersARedirect_FailsAndSendsNothingElsewhere(int status)
    {
        var elsewhereHits = 0;
        var redirecting = Task.Run(async () =>
        {
            var context = await connector.GetContextAsync();
            context.Response.StatusCode = status;
            context.Response.RedirectLocation = elsewhereUrl + "latest/meta-data/";
            context.Response.Close();
        });
        _ = Task.Run(async () =>
        {
            while (elsewhere.IsListening)
            {
                var context = await elsewhere.GetContextAsync();
                Interlocked.Increment(ref elsewhereHits);
                context.Response.StatusCode = 200;
                context.Response.Close();
            }
        });
        using var provider = Services();
        var client = provider.GetRequiredService<IConnectorClientFactory>().Create(connectorUrl);

        var error = await Assert.ThrowsAsync<ConnectorException>(() => client.SendToConversationAsync("a:1", MessageFactory.Text("private reply")));
        await redirecting;

        Assert.Equal((HttpStatusCode)status, error.StatusCode);
        Assert.Equal(0, Volatile.Read(ref elsewhereHits));
    }

    private static ServiceProvider Services()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Bot:MaxRetryAttempts"] = "0",
        }).Build());
        services.AddLogging();
        services.AddBotConnector();
        return services.BuildServiceProvider();
    }

    private static HttpListener Listen(out string url)
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        url = $"http://127.0.0.1:{port}/";
        var listener = new HttpListener();
        listener.Prefixes.Add(url);
        listener.Start();
        return listener;
    }
}
