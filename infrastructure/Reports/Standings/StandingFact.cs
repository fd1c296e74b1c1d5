namespace KarmayogiBot.Infrastructure.Reports.Standings;

/// <summary>
/// What a summary needs of one officer's standing in a plan, none of it depending on the day asked about:
/// the role (null when the designation gave none), compliant, assessment passed, iGOT designation correct,
/// the counted courses not done (course ids, comma-separated, in the plan's order) and how many things are
/// left with the assessment, and the first day on which something left is overdue (its last day plus one);
/// with what of the officer a summary groups, filters and orders by (employee code, zone and formation keys,
/// formation, name and designation: what a defaulter's entry shows), and whether iGOT knows the officer (an iGOT
/// profile: registered). Made by <see cref="StandingFactFactory"/>.
/// </summary>
internal readonly record struct StandingFact(
    long OfficerId,
    string EmployeeCode,
    string? ZoneKey,
    string? FormationKey,
    string? Formation,
    string? RoleId,
    bool Compliant,
    bool AssessmentPassed,
    bool DesignationCorrect,
    string Pending,
    int PendingCount,
    DateOnly? OverdueFrom,
    string Name,
    string Designation,
    bool Registered)
{
    /// <summary>The columns of officer_standings, in the order of <see cref="ColumnValues"/>.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "officer_id", "employee_code", "zone_key", "formation_key", "formation", "role_id", "compliant", "assessment_passed",
        "designation_correct", "pending", "pending_count", "overdue_from", "name", "designation", "registered",
    ];

    public static int ColumnCount => Columns.Count;

    /// <summary>The values of <see cref="Columns"/> (null for SQL NULL).</summary>
    public object?[] ColumnValues() =>
    [
        OfficerId, EmployeeCode, ZoneKey, FormationKey, Formation, RoleId, Compliant ? 1 : 0, AssessmentPassed ? 1 : 0,
        DesignationCorrect ? 1 : 0, Pending, PendingCount, OverdueFrom?.DayNumber, Name, Designation, Registered ? 1 : 0,
    ];
}
