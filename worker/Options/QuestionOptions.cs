namespace KarmayogiBot.Worker.Options;

/// <summary>
/// <c>Worker:Questions</c>: the question log's retention. <c>RetentionDays</c> (default 180): questions asked and votes
/// given longer ago are deleted; <c>Cron</c> (default 02:30 every day): when the worker deletes them.
/// </summary>
public sealed class QuestionOptions
{
    public const string SectionName = "Worker:Questions";

    public int RetentionDays { get; set; } = 180;

    public string Cron { get; set; } = "0 30 2 * * ?";
}
