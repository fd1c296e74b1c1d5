using KarmayogiBot.Assistant;
using KarmayogiBot.Assistant.Understanding;
using KarmayogiBot.Bot.Caching;
using KarmayogiBot.Bot.Demo;
using KarmayogiBot.Bot.Imports;
using KarmayogiBot.Bot.Questions;
using KarmayogiBot.Bot.Teams;
using KarmayogiBot.Domain.Catalog;
using KarmayogiBot.Domain.Reporting;
using KarmayogiBot.Infrastructure;
using KarmayogiBot.Infrastructure.Exports;
using KarmayogiBot.Protocol.DependencyInjection;
using KarmayogiBot.Protocol.Turns;

namespace KarmayogiBot.Bot.Hosting;

/// <summary>The bot host's registrations: the protocol module, the start-up report and the bot's behaviour.</summary>
public static class BotServiceExtensions
{
    /// <summary>The address the bot listens on when no <c>urls</c> (ASPNETCORE_URLS, --urls), ports or Kestrel endpoints are configured.</summary>
    public const string DefaultUrl = "http://localhost:3978";

    public static WebApplicationBuilder AddBotServices(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (!HasConfiguredUrls(builder.Configuration))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        builder.Services.AddBotProtocol();
        builder.Services.AddHostedService<AuthenticationModeReporter>();

        builder.Services.AddKarmayogiStore(builder.Configuration);
        builder.Services.AddStoreReadCache();
        builder.Services.AddMemoryCache();
        // Assistant:PhrasingsFolder: where the phrasing files are read from (default: those shipped beside the bot).
        var phrasings = builder.Configuration["Assistant:PhrasingsFolder"] is { Length: > 0 } folder ? folder : PhrasingLoader.DefaultDirectory;
        builder.Services.AddSingleton(sp => PhrasingLoader.LoadDirectory(phrasings, sp.GetRequiredService<TrainingCatalog>()));
        builder.Services.AddHostedService<AnswerDataCheck>();
        builder.Services.AddSingleton<IAssistant, KarmayogiAssistant>();
        builder.Services.AddExportLinks();
        if (!builder.Environment.IsDevelopment())
        {
            builder.Services.RequireExportSigningKey();
        }

        builder.Services.AddSingleton<IZoneExports, WorkbookExports>();
        builder.Services.AddOptions<ChatImportOptions>().BindConfiguration(ChatImportOptions.SectionName)
            .Validate(o => o.MaxImportFileBytes >= 1, "Bot:MaxImportFileBytes must be 1 or more.")
            .Validate(o => o.FileDownloadHosts.All(h => !string.IsNullOrWhiteSpace(h) && !h.Contains('/', StringComparison.Ordinal)), "Bot:FileDownloadHosts takes host names (a leading *. for any subdomain), not URLs.")
            .Validate(o => o.PendingFileLifetime > TimeSpan.Zero, "Bot:PendingFileLifetime must be more than zero.")
            .ValidateOnStart();
        builder.Services.AddHttpClient(FileDownloader.HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false });
        builder.Services.AddSingleton<FileDownloader>();
        builder.Services.AddSingleton<ChatImports>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<ChatImports>());
        builder.Services.AddSingleton<MemberDirectory>();
        builder.Services.AddSingleton<RecentConversations>();
        builder.Services.AddSingleton<QuestionLog>();
        builder.Services.AddHostedService<QuestionLogWriter>();
        if (builder.Environment.IsDevelopment())
        {
            builder.Services.AddHostedService<DemoDataSeeder>();
        }

        // The bot's behaviour: the Teams side of the assistant.
        builder.Services.AddTransient<IBot, TeamsBot>();

        return builder;
    }

    /// <summary>Whether the configuration already says where to listen (then the default must not override it).</summary>
    internal static bool HasConfiguredUrls(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration["urls"])
        || !string.IsNullOrWhiteSpace(configuration["http_ports"])
        || !string.IsNullOrWhiteSpace(configuration["https_ports"])
        || configuration.GetSection("Kestrel:Endpoints").Exists();
}
