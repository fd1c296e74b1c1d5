using KarmayogiBot.Assistant;
using KarmayogiBot.Assistant.Understanding;
using KarmayogiBot.Domain.Catalog;

namespace KarmayogiBot.Bot.Hosting;

/// <summary>
/// Loads what every answer is made from (the catalog of circulars, the phrasings, the assistant built on them) while
/// the bot starts, so that a bad data file stops the start with its file, line and reason, not the first officer's question.
/// </summary>
public sealed class AnswerDataCheck(IServiceProvider services, ILogger<AnswerDataCheck> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var catalog = services.GetRequiredService<TrainingCatalog>();
        var phrasings = services.GetRequiredService<PhrasingBank>();
        services.GetRequiredService<IAssistant>();
        logger.LogInformation("Answer data loaded: {Cycles} plans and {Sources} circulars in the catalog, {Phrasings} phrasings", catalog.Cycles.Count, catalog.Sources.Count, phrasings.Phrasings.Count);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
