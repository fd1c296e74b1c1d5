using System.Text;
using KarmayogiBot.Protocol;
using KarmayogiBot.Protocol.Turns;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace KarmayogiBot.Bot.Hosting;

/// <summary>The bot's HTTP surface: <c>POST /api/messages</c> (the Bot Framework messaging endpoint) and <c>GET /healthz</c>.</summary>
public static class BotApi
{
    public static IEndpointRouteBuilder MapBotEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapPost("/api/messages", PostActivityAsync);
        endpoints.MapGet("/healthz", GetHealth);
        return endpoints;
    }

    /// <summary>
    /// Hands the request to the adapter and answers what it says (401, 413, 400, an invoke's status and body, or 200);
    /// a body that is not declared JSON (<c>application/json</c> or a <c>+json</c> type, any charset) is refused 415 first.
    /// </summary>
    internal static async Task<IResult> PostActivityAsync(
        HttpRequest request,
        [FromServices] CloudAdapter adapter,
        [FromServices] IBot bot,
        [FromServices] IOptions<BotOptions> options,
        CancellationToken cancellationToken)
    {
        if (!IsJson(request.ContentType))
        {
            return Results.StatusCode(StatusCodes.Status415UnsupportedMediaType);
        }

        if (request.ContentLength > options.Value.MaxRequestBodyBytes)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        var authorization = request.Headers.Authorization.ToString();
        var response = await adapter.ProcessAsync(
            request.Body,
            string.IsNullOrEmpty(authorization) ? null : authorization,
            bot,
            cancellationToken);

        return response.Body is null
            ? Results.StatusCode(response.Status)
            : Results.Text(Encoding.UTF8.GetString(response.Body), "application/json", Encoding.UTF8, response.Status);
    }

    internal static IResult GetHealth() => Results.Json(new { status = "ok" });

    private static bool IsJson(string? contentType) =>
        Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(contentType, out var media)
        && media.MediaType.Value is { } type
        && (type.Equals("application/json", StringComparison.OrdinalIgnoreCase) || type.EndsWith("+json", StringComparison.OrdinalIgnoreCase));
}
