using KarmayogiBot.Domain.Compliance;

namespace KarmayogiBot.Worker.Commands;

/// <summary>One requirement: the course, <c>done</c> | <c>pending</c> | <c>overdue</c>, and the last day.</summary>
public sealed record RequirementJson(string CourseId, string Course, string Status, bool Assessed, bool Advisory, string Due, string? Progress)
{
    public static RequirementJson From(RequirementResult r) => new(
        r.Course.Id, r.Course.DisplayName, StandingJson.Status(r.Status), r.Assessed, r.Advisory, StandingJson.Day(r.Due),
        r.Progress switch
        {
            CourseProgress.Completed => "completed",
            CourseProgress.InProgress => "in-progress",
            CourseProgress.NotStarted => "not-started",
            _ => null,
        });
}
