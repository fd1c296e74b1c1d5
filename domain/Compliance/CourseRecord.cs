namespace KarmayogiBot.Domain.Compliance;

/// <summary>What the imports say of one officer and one catalog course.</summary>
/// <param name="CompletedOn">The day of completion, India time, when completed.</param>
public sealed record CourseRecord(string CourseId, CourseProgress Progress, decimal ProgressPercent, DateOnly? CompletedOn)
{
    public bool IsCompleted => Progress == CourseProgress.Completed;
}
