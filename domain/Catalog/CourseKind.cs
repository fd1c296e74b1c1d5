namespace KarmayogiBot.Domain.Catalog;

public enum CourseKind
{
    Course,

    /// <summary>A programme that must be passed, such as the Comprehensive Assessment.</summary>
    Assessment,
}
