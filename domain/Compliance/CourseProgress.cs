namespace KarmayogiBot.Domain.Compliance;

/// <summary>An officer's progress in one course, as iGOT reports it (not-started | in-progress | completed).</summary>
public enum CourseProgress
{
    NotStarted,
    InProgress,
    Completed,
}
