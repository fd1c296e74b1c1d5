using KarmayogiBot.Infrastructure.Exports;

namespace KarmayogiBot.Bot.Exports;

/// <summary><c>GET /exports/{id}</c>: serves an exported workbook through a signed, expiring link.</summary>
public static class ExportApi
{
    public const string WorkbookContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static IEndpointRouteBuilder MapExportEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/exports/{id}", Download);
        return endpoints;
    }

    private static IResult Download(string id, string? expires, string? sig, ExportLinks links) =>
        links.Resolve(id, expires, sig) is { } path
            ? Results.File(path, WorkbookContentType, "karmayogi-zone-report.xlsx")
            : Results.NotFound();
}
