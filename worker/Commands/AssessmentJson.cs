namespace KarmayogiBot.Worker.Commands;

public sealed record AssessmentJson(string CourseId, string Course, bool Passed, string Status, string Due);
