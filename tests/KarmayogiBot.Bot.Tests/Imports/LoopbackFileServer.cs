using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace KarmayogiBot.Bot.Tests.Imports;

/// <summary>
/// A file server on loopback, as SharePoint serves a chat file's download URL: <c>GET /files/{name}</c> answers the file,
/// <c>GET /redirect?to=URL</c> answers 302 to URL. Every request is counted, with its Authorization header (never any).
/// </summary>
public sealed class LoopbackFileServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string _folder;

    private LoopbackFileServer(WebApplication app, string folder)
    {
        _app = app;
        _folder = folder;
        BaseUrl = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/') + "/");
    }

    public Uri BaseUrl { get; }

    /// <summary>Paths requested, in order.</summary>
    public ConcurrentQueue<string> Requests { get; } = new();

    /// <summary>Authorization headers the requests carried (a download must carry none).</summary>
    public ConcurrentQueue<string> Authorizations { get; } = new();

    public static async Task<LoopbackFileServer> StartAsync(string folder)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        LoopbackFileServer? server = null;
        app.Use(async (context, next) =>
        {
            server!.Requests.Enqueue(context.Request.Path + context.Request.QueryString);
            if (context.Request.Headers.Authorization.Count > 0)
            {
                server.Authorizations.Enqueue(context.Request.Headers.Authorization.ToString());
            }

            await next(context);
        });
        app.MapGet("/files/{name}", (string name) => Results.File(Path.Combine(folder, name), "application/octet-stream"));
        app.MapGet("/redirect", (string to) => Results.Redirect(to));
        await app.StartAsync();
        server = new LoopbackFileServer(app, folder);
        return server;
    }

    /// <summary>The download URL of <paramref name="name"/> in the served folder.</summary>
    public Uri Url(string name) => new(BaseUrl, "files/" + Uri.EscapeDataString(name));

    public string PathOf(string name) => Path.Combine(_folder, name);

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
