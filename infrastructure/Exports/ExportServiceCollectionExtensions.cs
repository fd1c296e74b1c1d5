using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KarmayogiBot.Infrastructure.Exports;

/// <summary>Registers the export folder and its signed links (section <c>Exports</c>), validated at start-up, and the
/// sweeper that deletes exports whose links have expired.</summary>
public static class ExportServiceCollectionExtensions
{
    /// <summary><c>Exports:BaseUrl</c> (an absolute http or https address), <c>Exports:LinkLifetime</c> (above zero), <c>Exports:Folder</c>, <c>Exports:SigningKey</c>.</summary>
    public static IServiceCollection AddExportLinks(this IServiceCollection services)
    {
        services.AddOptions<ExportOptions>()
            .BindConfiguration(ExportOptions.SectionName)
            .Validate(
                o => Uri.TryCreate(o.BaseUrl, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp),
                $"{ExportOptions.SectionName}:BaseUrl must be the bot's absolute http or https address (e.g. https://karmayogibot.azurewebsites.net)")
            .Validate(o => o.LinkLifetime > TimeSpan.Zero, $"{ExportOptions.SectionName}:LinkLifetime must be longer than zero (e.g. 1.00:00:00)")
            .ValidateOnStart();
        services.TryAddSingleton<ExportLinks>();
        services.AddHostedService<ExportSweeper>();
        return services;
    }

    /// <summary>
    /// For a process whose download links another process opens: outside Development the bot (it opens the worker's
    /// summary links, and over PostgreSQL its instances open each other's) and the worker's <c>run</c> and
    /// <c>summaries</c>. There <c>Exports:SigningKey</c> is required: without it each process signs with a random key
    /// of its own and the others refuse its links.
    /// </summary>
    public static IServiceCollection RequireExportSigningKey(this IServiceCollection services)
    {
        services.AddOptions<ExportOptions>().Validate(
            o => !string.IsNullOrWhiteSpace(o.SigningKey),
            $"{ExportOptions.SectionName}:SigningKey is not set: the bot and the worker must sign download links with one key (e.g. a new GUID, the same in every process)");
        return services;
    }
}
