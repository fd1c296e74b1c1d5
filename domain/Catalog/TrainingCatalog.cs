namespace KarmayogiBot.Domain.Catalog;

/// <summary>
/// Everything the circulars define, loaded and validated from the catalog's data files: sources,
/// courses, designations, wings, cycles and standing rules. Immutable once loaded.
/// </summary>
public sealed class TrainingCatalog
{
    private readonly Dictionary<string, Course> _courses;
    private readonly Dictionary<string, Cycle> _cycles;

    internal TrainingCatalog(
        IReadOnlyList<Source> sources,
        IReadOnlyList<Level> levels,
        IReadOnlyList<Course> courses,
        IReadOnlyList<Designation> designations,
        IReadOnlyList<WingDefinition> wings,
        IReadOnlyList<Cycle> cycles,
        IReadOnlyList<Topic> topics,
        string fingerprint)
    {
        Sources = sources;
        Levels = levels;
        Courses = courses;
        Designations = designations;
        Wings = wings;
        Cycles = cycles.OrderBy(c => c.Period.From).ToList();
        Topics = topics;
        Fingerprint = fingerprint;
        _courses = courses.ToDictionary(c => c.Id);
        _cycles = cycles.ToDictionary(c => c.Id);
        CourseNames = new CourseNameMatcher(courses);
    }

    public IReadOnlyList<Source> Sources { get; }

    /// <summary>Seniority levels, junior first.</summary>
    public IReadOnlyList<Level> Levels { get; }

    public IReadOnlyList<Course> Courses { get; }

    public IReadOnlyList<Designation> Designations { get; }

    public IReadOnlyList<WingDefinition> Wings { get; }

    /// <summary>Every cycle, oldest first.</summary>
    public IReadOnlyList<Cycle> Cycles { get; }

    public IReadOnlyList<Topic> Topics { get; }

    /// <summary>The circulars' rule on registering on iGOT, with its steps: what an officer no iGOT report has is told first.</summary>
    public Topic? Registration => Topics.FirstOrDefault(t => t.Id == RegistrationTopicId);

    public const string RegistrationTopicId = "registration";

    /// <summary>The rule of the nodal officer and their fortnightly report to NACIN's iGOT Cell (rules.yaml); null when the catalog has none.</summary>
    public Topic? NodalOfficer => Topics.FirstOrDefault(t => t.Id == NodalOfficerTopicId);

    public const string NodalOfficerTopicId = "nodal-officer";

    public CourseNameMatcher CourseNames { get; }

    /// <summary>SHA-256 (hex) of the data files the catalog was loaded from: equal fingerprints, equal catalogs.</summary>
    public string Fingerprint { get; }

    public Course? FindCourse(string id) => _courses.GetValueOrDefault(id);

    public Cycle? FindCycle(string id) => _cycles.GetValueOrDefault(id);

    public WingDefinition Wing(Wing wing) => Wings.First(w => w.Wing == wing);

    /// <summary>The newest role-based plan that has started on this day (India time): the plan officers are held to.</summary>
    public Cycle? CurrentPlan(DateOnly today) =>
        Cycles.LastOrDefault(c => c.HasRoles && c.Period.From <= today) ?? Cycles.LastOrDefault(c => c.HasRoles);
}
