#if KARMAYOGI_ECHOBOT // bench/KarmayogiBot.Benchmarks.csproj globs this file too: there it compiles to nothing.
using System.Text;
using KarmayogiBot.Protocol;
using KarmayogiBot.Protocol.DependencyInjection;
using KarmayogiBot.Protocol.Schema;
using KarmayogiBot.Protocol.Turns;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

// The bare echo endpoint: the bot's HTTP surface (bot/Hosting/BotApi.cs) and protocol registrations, without the
// assistant, the store or the member look-up. Each message is deserialised by the CloudAdapter (ProtocolJson) and
// answered with one fixed reply through the same connector client (ReplyToActivity), before the 200.
var builder = WebApplication.CreateBuilder(args);
if (string.IsNullOrWhiteSpace(builder.Configuration["urls"]))
{
    builder.WebHost.UseUrls("http://localhost:3979");
}

builder.Services.AddBotProtocol();
builder.Services.AddSingleton<IBot, FixedReplyBot>();

var app = builder.Build();
app.MapPost("/api/messages", async (
    HttpRequest request,
    [FromServices] CloudAdapter adapter,
    [FromServices] IBot bot,
    [FromServices] IOptions<BotOptions> options,
    CancellationToken cancellationToken) =>
{
    if (request.ContentLength > options.Value.MaxRequestBodyBytes)
    {
        return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
    }

    var authorization = request.Headers.Authorization.ToString();
    var response = await adapter.ProcessAsync(request.Body, string.IsNullOrEmpty(authorization) ? null : authorization, bot, cancellationToken);
    return response.Body is null
        ? Results.StatusCode(response.Status)
        : Results.Text(Encoding.UTF8.GetString(response.Body), "application/json", Encoding.UTF8, response.Status);
});
app.MapGet("/healthz", () => Results.Json(new { status = "ok" }));
app.Run();

/// <summary>Answers every message with the same text.</summary>
internal sealed class FixedReplyBot : ActivityHandler
{
    public const string Reply = "Echo";

    protected override Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        turnContext.SendActivityAsync(MessageFactory.Text(Reply), cancellationToken);
}
#endif
