namespace KarmayogiBot.Domain.Catalog;

/// <summary>A role of a training plan (Annexure A, column "Role"), its courses and its iGOT designations (Annexure B).</summary>
/// <param name="Wing">The formation kind the role is for; null when the role applies whatever the formation.</param>
public sealed record Role(
    string Id,
    int Number,
    string Name,
    string NameHi,
    Wing? Wing,
    Level Level,
    IReadOnlyList<string> IgotDesignations,
    IReadOnlyList<RoleCourse> Courses,
    Citation Citation)
{
    public IEnumerable<RoleCourse> AssessedCourses => Courses.Where(c => c.Assessed);
}
