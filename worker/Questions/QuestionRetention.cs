using KarmayogiBot.Domain.Questions;
using KarmayogiBot.Worker.Options;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KarmayogiBot.Worker.Questions;

/// <summary>Deletes the question log's questions and votes older than <see cref="QuestionOptions.RetentionDays"/>, counted back from the clock's now.</summary>
public sealed class QuestionRetention(IQuestionStore store, IOptions<QuestionOptions> options, TimeProvider clock, ILogger<QuestionRetention> logger)
{
    /// <summary>Returns how many questions were deleted.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        var days = options.Value.RetentionDays;
        var deleted = await store.DeleteBeforeAsync(clock.GetUtcNow().AddDays(-days), cancellationToken).ConfigureAwait(false);
        logger.LogInformation("Question log: {Deleted} questions older than {RetentionDays} days deleted", deleted, days);
        return deleted;
    }
}
