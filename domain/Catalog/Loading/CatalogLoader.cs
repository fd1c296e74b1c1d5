using System.Security.Cryptography;
using System.Text;
using KarmayogiBot.Domain.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace KarmayogiBot.Domain.Catalog.Loading;

/// <summary>
/// Loads and validates the catalog: every *.yaml file of a folder, merged. Any file may add sources,
/// levels, courses, designations, wings, topics or cycles, so a new plan needs only a new file.
/// A malformed file throws <see cref="CatalogException"/> naming the file, the line and the reason.
/// </summary>
public static class CatalogLoader
{
    /// <summary>The folder the catalog ships in, beside the running program.</summary>
    public static string DefaultDirectory => Path.Combine(AppContext.BaseDirectory, "catalog-data");

    public static TrainingCatalog LoadDefault() => LoadDirectory(DefaultDirectory);

    public static TrainingCatalog LoadDirectory(string directory) => Load(ReadDirectory(directory));

    public static TrainingCatalog Load(IEnumerable<CatalogFile> files)
    {
        var sections = new Sections();
        var read = new List<CatalogFile>();
        foreach (var file in files)
        {
            ReadFile(file, sections);
            read.Add(file);
        }

        return new CatalogBuilder(sections).Build(Fingerprint(read));
    }

    /// <summary>
    /// The fingerprint of the catalog a folder holds, without parsing it: equal to the loaded catalog's
    /// <see cref="TrainingCatalog.Fingerprint"/> (a cheap way to tell whether anything derived from it is current).
    /// </summary>
    public static string FingerprintDirectory(string directory) => Fingerprint(ReadDirectory(directory).ToList());

    /// <summary>SHA-256 (hex) of the files' names and texts, whatever their order.</summary>
    public static string Fingerprint(IReadOnlyCollection<CatalogFile> files)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in files.OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes($"{file.Name}\n{file.Text.Length}\n"));
            hash.AppendData(Encoding.UTF8.GetBytes(file.Text));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static IEnumerable<CatalogFile> ReadDirectory(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new CatalogException(directory, 0, "the catalog folder does not exist");
        }

        return Directory.EnumerateFiles(directory, "*.yaml")
            .Order(StringComparer.Ordinal)
            .Select(path => new CatalogFile(Path.GetFileName(path), File.ReadAllText(path)));
    }

    private static void ReadFile(CatalogFile file, Sections sections)
    {
        CheckSyntax(file);
        var stream = new YamlStream();
        stream.Load(new StringReader(file.Text));

        if (stream.Documents.Count == 0)
        {
            return;
        }

        var root = new YamlMap(file.Name, stream.Documents[0].RootNode);
        sections.Sources.AddRange(root.Maps("sources"));
        sections.Levels.AddRange(root.Maps("levels"));
        sections.Courses.AddRange(root.Maps("courses"));
        sections.Designations.AddRange(root.Maps("designations"));
        sections.Wings.AddRange(root.Maps("wings"));
        sections.Topics.AddRange(root.Maps("topics"));
        sections.Cycles.AddRange(root.Maps("cycles"));
        sections.Places.AddRange(root.Maps("places"));
        sections.AsWritten.AddRange(root.Strings("asWritten"));
        root.RejectUnknownKeys();
    }

    /// <summary>Reads the file's YAML events once, so that a syntax error is reported with its line (the node model may not say where).</summary>
    private static void CheckSyntax(CatalogFile file)
    {
        var parser = new Parser(new StringReader(file.Text));
        var line = 1;
        try
        {
            while (parser.MoveNext())
            {
                line = (int)(parser.Current?.Start.Line ?? line);
            }
        }
        catch (YamlException e)
        {
            throw new CatalogException(file.Name, (int)e.Start.Line, $"not valid YAML: {e.InnerException?.Message ?? e.Message}");
        }
        catch (InvalidOperationException e)
        {
            throw new CatalogException(file.Name, line, $"not valid YAML: {e.Message}");
        }
    }

    internal sealed class Sections
    {
        public List<YamlMap> Sources { get; } = [];
        public List<YamlMap> Levels { get; } = [];
        public List<YamlMap> Courses { get; } = [];
        public List<YamlMap> Designations { get; } = [];
        public List<YamlMap> Wings { get; } = [];
        public List<YamlMap> Topics { get; } = [];
        public List<YamlMap> Cycles { get; } = [];
        public List<YamlMap> Places { get; } = [];
        public List<string> AsWritten { get; } = [];
    }

    /// <summary>Builds the catalog in dependency order and checks every reference.</summary>
    private sealed class CatalogBuilder(Sections sections)
    {
        private readonly Dictionary<string, Source> _sources = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Level> _levels = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Course> _courses = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Designation> _designations = new(StringComparer.Ordinal);
        private readonly CitationPlaces _places = new(sections.Places.Select(ReadPlace).ToList(), sections.AsWritten);

        public TrainingCatalog Build(string fingerprint)
        {
            foreach (var map in sections.Sources)
            {
                Add(_sources, map, ReadSource(map));
            }

            foreach (var map in sections.Levels)
            {
                Add(_levels, map, new Level(map.String("id"), map.String("name"), map.String("nameHi"), _levels.Count));
            }

            foreach (var map in sections.Courses)
            {
                Add(_courses, map, ReadCourse(map));
            }

            CheckCourseSpellingsAreUnique();
            foreach (var map in sections.Designations)
            {
                Add(_designations, map, new Designation(map.String("id"), map.String("name"), LevelRef(map, "level"), map.Strings("aliases"), map.Strings("hindi")));
            }

            CheckDesignationSpellingsAreUnique();
            var wings = sections.Wings.Select(ReadWing).ToList();
            var topics = Unique(sections.Topics.Select(ReadTopic), sections.Topics, t => t.Id);
            var cycles = Unique(sections.Cycles.Select(ReadCycle), sections.Cycles, c => c.Id);
            if (cycles.Count == 0)
            {
                throw new CatalogException("catalog", 0, "no cycle is defined");
            }

            return new TrainingCatalog(
                [.. _sources.Values], [.. _levels.Values], [.. _courses.Values], [.. _designations.Values], wings, cycles, topics, fingerprint);
        }

        private static Source ReadSource(YamlMap map)
        {
            var date = map.OptionalDate("date");
            var asWritten = map.OptionalString("dateAsWritten");
            if ((date is null) == (asWritten is null))
            {
                throw map.Error($"source '{map.String("id")}' needs exactly one of 'date' (the date it bears) or 'dateAsWritten' (how it is dated when it bears no full date)");
            }

            return new Source(map.String("id"), map.String("title"), map.String("number"), date, asWritten, map.String("issuedBy"), map.String("file"), map.String("short"), map.String("shortHi"));
        }

        private Course ReadCourse(YamlMap map)
        {
            var kind = map.OptionalString("kind") switch
            {
                null or "course" => CourseKind.Course,
                "assessment" => CourseKind.Assessment,
                var other => throw map.Error($"unknown course kind '{other}' (course | assessment)"),
            };
            var course = new Course(
                map.String("id"),
                map.String("name"),
                map.OptionalString("provider"),
                OptionalCompetency(map, "competency"),
                kind,
                map.Strings("aliases"),
                map.OptionalString("matchPrefix"),
                map.OptionalString("duration"),
                map.OptionalString("delivery"));
            map.RejectUnknownKeys();
            return course;
        }

        private WingDefinition ReadWing(YamlMap map)
        {
            var id = map.String("id");
            var wing = ParseWing(map, id);
            var keywords = map.Strings("keywords");
            var known = keywords.Select(TextNormalizer.Words).ToHashSet(StringComparer.Ordinal);
            var readings = map.Maps("readings").Select(r => ReadReading(r, wing, known)).ToList();
            var definition = new WingDefinition(
                wing, map.String("name"), map.String("nameHi"), map.String("formations"), map.String("formationsHi"), keywords, CitationOf(map.Map("source")), readings);
            map.RejectUnknownKeys();
            return definition;
        }

        private FormationReading ReadReading(YamlMap map, Wing wing, HashSet<string> wingKeywords)
        {
            var keywords = map.Strings("keywords").Select(TextNormalizer.Words).ToList();
            if (keywords.FirstOrDefault(k => !wingKeywords.Contains(k)) is { } stray)
            {
                throw map.Error($"reading '{map.String("id")}' names '{stray}', which is not a keyword of the {wing} wing");
            }

            var designations = map.Strings("designations");
            if (designations.FirstOrDefault(d => !_designations.ContainsKey(d)) is { } unknown)
            {
                throw map.Error($"unknown designation '{unknown}'");
            }

            var levels = map.Strings("levels");
            if (levels.FirstOrDefault(l => !_levels.ContainsKey(l)) is { } unknownLevel)
            {
                throw map.Error($"unknown level '{unknownLevel}'");
            }

            var reading = new FormationReading(map.String("id"), wing, keywords, designations, levels, map.String("note"), map.String("noteHi"));
            map.RejectUnknownKeys();
            return reading;
        }

        private Topic ReadTopic(YamlMap map)
        {
            var topic = new Topic(
                map.String("id"),
                map.String("title"),
                map.String("titleHi"),
                map.Strings("keywords"),
                map.Strings("keywordsHi"),
                map.String("text"),
                map.String("textHi"),
                map.Strings("steps"),
                map.Strings("stepsHi"),
                map.Maps("sources").Select(CitationOf).ToList());
            if (topic.Citations.Count == 0)
            {
                throw map.Error($"topic '{topic.Id}' cites no source");
            }

            if (topic.Steps.Count != topic.StepsHi.Count)
            {
                throw map.Error($"topic '{topic.Id}' has {topic.Steps.Count} steps but {topic.StepsHi.Count} in Hindi");
            }

            map.RejectUnknownKeys();
            return topic;
        }

        private Cycle ReadCycle(YamlMap map)
        {
            var id = map.String("id");
            var periodMap = map.Map("period");
            var period = new DateRange(periodMap.Date("from"), periodMap.Date("to"));
            periodMap.RejectUnknownKeys();
            if (period.To < period.From)
            {
                throw periodMap.Error($"cycle '{id}' ends before it starts");
            }

            var roles = Unique(map.Maps("roles").Select(ReadRole), map.Maps("roles").ToList(), r => r.Id);
            var rolesById = roles.ToDictionary(r => r.Id);
            var domainMap = map.OptionalMap("domainCourses");
            var optionalMap = domainMap?.OptionalMap("optional");
            var cycle = new Cycle(
                id,
                map.String("title"),
                map.String("titleHi"),
                period,
                map.Date("deadline"),
                CitationOf(map.Map("source")),
                map.OptionalString("planLinkedTo"),
                map.OptionalMap("assessment") is { } assessment ? ReadAssessment(assessment) : null,
                Unique(map.Maps("requirements").Select(ReadRequirement), map.Maps("requirements").ToList(), r => r.Id),
                roles,
                map.Maps("placements").SelectMany(p => ReadPlacements(p, rolesById)).ToList(),
                map.Maps("targets").Select(ReadTarget).ToList(),
                map.Maps("reporting").Select(ReadReporting).ToList(),
                domainMap is null ? [] : domainMap.Strings("courses").Select(c => CourseRef(domainMap, c)).ToList(),
                domainMap is null ? null : CitationOf(domainMap.Map("source")),
                map.Maps("relevantFor").Select(ReadRelevant).ToList(),
                optionalMap is null ? [] : optionalMap.Strings("courses").Select(c => CourseRef(optionalMap, c)).ToList(),
                optionalMap is null ? null : CitationOf(optionalMap.Map("source")));
            optionalMap?.RejectUnknownKeys();
            domainMap?.RejectUnknownKeys();
            if (cycle.HasRoles && cycle.Assessment is not null && roles.FirstOrDefault(r => !r.AssessedCourses.Any()) is { } unassessed)
            {
                throw map.Error($"role '{unassessed.Id}' of cycle '{id}' has no assessed course but the cycle has an assessment");
            }

            if (cycle.HasRoles)
            {
                CheckEveryRoleIsReachable(map, cycle);
            }

            map.RejectUnknownKeys();
            return cycle;
        }

        private Role ReadRole(YamlMap map)
        {
            var id = map.String("id");
            var courses = map.Maps("courses").Select(c =>
            {
                var roleCourse = new RoleCourse(CourseRef(c, c.String("course")), c.Bool("assessed"));
                c.RejectUnknownKeys();
                return roleCourse;
            }).ToList();
            if (courses.Count == 0)
            {
                throw map.Error($"role '{id}' has no courses");
            }

            if (courses.GroupBy(c => c.Course.Id).FirstOrDefault(g => g.Count() > 1) is { } twice)
            {
                throw map.Error($"role '{id}' lists course '{twice.Key}' twice");
            }

            var igot = map.Strings("igotDesignations");
            if (igot.Count == 0)
            {
                throw map.Error($"role '{id}' has no iGOT designations");
            }

            var wingText = map.OptionalString("wing");
            var role = new Role(
                id,
                map.Int("number"),
                map.String("name"),
                map.String("nameHi"),
                wingText is null ? null : ParseWing(map, wingText),
                LevelRef(map, "level"),
                igot,
                courses,
                CitationOf(map.Map("source")));
            map.RejectUnknownKeys();
            return role;
        }

        private IEnumerable<Placement> ReadPlacements(YamlMap map, Dictionary<string, Role> roles)
        {
            var designation = _designations.GetValueOrDefault(map.String("designation"))
                ?? throw map.Error($"unknown designation '{map.String("designation")}'");
            var placements = new List<Placement>();
            foreach (var (key, wing) in new (string, Wing?)[] { ("any", null), ("gst", Wing.Gst), ("customs", Wing.Customs), ("other", Wing.Other) })
            {
                if (map.OptionalMap(key) is not { } entry)
                {
                    continue;
                }

                var roleId = entry.String("role");
                var role = roles.GetValueOrDefault(roleId) ?? throw entry.Error($"unknown role '{roleId}'");
                var igot = entry.OptionalString("igot");
                var closest = entry.Strings("closest");
                if ((igot is null) == (closest.Count == 0))
                {
                    throw entry.Error($"placement of '{designation.Id}' needs exactly one of 'igot' (the exact entry) or 'closest' (entries to choose from)");
                }

                foreach (var choice in closest.Prepend(igot).OfType<string>())
                {
                    if (!role.IgotDesignations.Contains(choice, StringComparer.Ordinal))
                    {
                        throw entry.Error($"'{choice}' is not an iGOT designation of role '{role.Id}' (Annexure B column B)");
                    }
                }

                if (role.Wing is { } roleWing && wing is { } placedWing && roleWing != placedWing)
                {
                    throw entry.Error($"role '{role.Id}' is for the {roleWing} wing, not {placedWing}");
                }

                placements.Add(new Placement(designation, role, wing, igot, closest, entry.OptionalString("note"), entry.OptionalString("noteHi")));
                entry.RejectUnknownKeys();
            }

            if (placements.Count == 0)
            {
                throw map.Error($"designation '{designation.Id}' is placed in no role");
            }

            if (placements.Any(p => p.Wing is null) && placements.Count > 1)
            {
                throw map.Error($"designation '{designation.Id}' is placed for 'any' wing and for specific wings");
            }

            map.RejectUnknownKeys();
            return placements;
        }

        private static void CheckEveryRoleIsReachable(YamlMap map, Cycle cycle)
        {
            foreach (var role in cycle.Roles.Where(r => cycle.Placements.All(p => p.Role != r)))
            {
                throw map.Error($"role '{role.Id}' of cycle '{cycle.Id}' has no designation placed in it");
            }

            var placedEntries = cycle.Placements.SelectMany(p => p.IgotChoices.Select(choice => (p.Role, choice))).ToHashSet();
            foreach (var role in cycle.Roles)
            {
                foreach (var entry in role.IgotDesignations.Where(e => !placedEntries.Contains((role, e)) && !cycle.Placements.Any(p => p.Role == role && Matches(p.Designation, e))))
                {
                    throw map.Error($"iGOT designation '{entry}' of role '{role.Id}' is reached by no designation");
                }
            }
        }

        private static bool Matches(Designation designation, string text)
        {
            var words = TextNormalizer.Words(text);
            return designation.Aliases.Prepend(designation.Name).Any(n => TextNormalizer.Words(n) == words);
        }

        private AssessmentRule ReadAssessment(YamlMap map)
        {
            var course = CourseRef(map, map.String("course"));
            if (course.Kind != CourseKind.Assessment)
            {
                throw map.Error($"'{course.Id}' is not an assessment (kind: assessment)");
            }

            var rule = new AssessmentRule(course, map.OptionalDate("opens"), map.Date("due"), map.Bool("mustPass"), CitationOf(map.Map("source")));
            map.RejectUnknownKeys();
            return rule;
        }

        private Requirement ReadRequirement(YamlMap map)
        {
            var appliesMap = map.OptionalMap("appliesTo");
            var appliesTo = Applicability.Everyone;
            if (appliesMap is not null)
            {
                var min = appliesMap.OptionalString("minLevel");
                appliesTo = new Applicability(min is null ? null : LevelRef(appliesMap, "minLevel"), appliesMap.Bool("concerned"));
                appliesMap.RejectUnknownKeys();
            }

            var citations = new List<Citation> { CitationOf(map.Map("source")) };
            if (map.OptionalMap("alsoSource") is { } also)
            {
                citations.Add(CitationOf(also));
            }

            var requirement = new Requirement(
                map.String("id"),
                CourseRef(map, map.String("course")),
                map.Date("due"),
                appliesTo,
                map.OptionalString("appliesToText"),
                map.OptionalString("appliesToTextHi"),
                map.OptionalString("note"),
                map.OptionalString("noteHi"),
                citations);
            map.RejectUnknownKeys();
            return requirement;
        }

        private CountTarget ReadTarget(YamlMap map)
        {
            var minimum = new Dictionary<Competency, int>();
            if (map.OptionalMap("minimumByCompetency") is { } mix)
            {
                foreach (var competency in Enum.GetValues<Competency>())
                {
                    var key = competency.ToString().ToLowerInvariant();
                    if (mix.OptionalString(key) is not null)
                    {
                        minimum[competency] = mix.Int(key);
                    }
                }

                mix.RejectUnknownKeys();
            }

            var target = new CountTarget(map.String("id"), map.Int("count"), map.Date("by"), minimum, CitationOf(map.Map("source")));
            if (minimum.Values.Sum() > target.Count)
            {
                throw map.Error($"target '{target.Id}' asks for more courses by competency than in all");
            }

            map.RejectUnknownKeys();
            return target;
        }

        private ReportingDate ReadReporting(YamlMap map)
        {
            var reporting = new ReportingDate(map.String("text"), map.String("textHi"), CitationOf(map.Map("source")));
            map.RejectUnknownKeys();
            return reporting;
        }

        private RelevantCourse ReadRelevant(YamlMap map)
        {
            var relevant = new RelevantCourse(CourseRef(map, map.String("course")), map.String("officers"));
            map.RejectUnknownKeys();
            return relevant;
        }

        private Citation CitationOf(YamlMap map)
        {
            var id = map.String("ref");
            var source = _sources.GetValueOrDefault(id) ?? throw map.Error($"unknown source '{id}'");
            var at = map.OptionalString("at");
            string? atHi;
            try
            {
                atHi = at is null ? null : _places.Hindi(at);
            }
            catch (ArgumentException e)
            {
                throw map.Error(e.Message);
            }

            var citation = new Citation(source, at) { AtHi = atHi };
            map.RejectUnknownKeys();
            return citation;
        }

        private static (string English, string Hindi) ReadPlace(YamlMap map)
        {
            var place = (map.String("at"), map.String("hi"));
            map.RejectUnknownKeys();
            return place;
        }

        private Course CourseRef(YamlMap map, string id) =>
            _courses.GetValueOrDefault(id) ?? throw map.Error($"unknown course '{id}'");

        private Level LevelRef(YamlMap map, string key)
        {
            var id = map.String(key);
            return _levels.GetValueOrDefault(id) ?? throw map.Error($"unknown level '{id}'");
        }

        private static Competency? OptionalCompetency(YamlMap map, string key) =>
            map.OptionalString(key) switch
            {
                null => null,
                "domain" => Competency.Domain,
                "functional" => Competency.Functional,
                "behavioural" or "behavioral" => Competency.Behavioural,
                var other => throw map.Error($"unknown competency '{other}' (domain | functional | behavioural)"),
            };

        private static Wing ParseWing(YamlMap map, string text) =>
            text switch
            {
                "gst" => Wing.Gst,
                "customs" => Wing.Customs,
                "other" => Wing.Other,
                _ => throw map.Error($"unknown wing '{text}' (gst | customs | other)"),
            };

        private void CheckCourseSpellingsAreUnique()
        {
            var owner = new Dictionary<string, Course>(StringComparer.Ordinal);
            foreach (var (course, map) in _courses.Values.Zip(sections.Courses))
            {
                foreach (var key in CourseNameMatcher.KeysOf(course))
                {
                    if (owner.TryGetValue(key, out var other) && other.Id != course.Id)
                    {
                        throw map.Error($"course '{course.Id}' has a spelling that course '{other.Id}' also has");
                    }

                    owner[key] = course;
                }
            }
        }

        private void CheckDesignationSpellingsAreUnique()
        {
            var owner = new Dictionary<string, Designation>(StringComparer.Ordinal);
            foreach (var (designation, map) in _designations.Values.Zip(sections.Designations))
            {
                foreach (var spelling in designation.Aliases.Concat(designation.Hindi).Prepend(designation.Name))
                {
                    var key = TextNormalizer.Words(spelling);
                    if (owner.TryGetValue(key, out var other) && other.Id != designation.Id)
                    {
                        throw map.Error($"designation '{designation.Id}' has the spelling '{spelling}' that '{other.Id}' also has");
                    }

                    owner[key] = designation;
                }

                map.RejectUnknownKeys();
            }
        }

        private static void Add<T>(Dictionary<string, T> into, YamlMap map, T item)
        {
            var id = map.String("id");
            if (!into.TryAdd(id, item))
            {
                throw map.Error($"duplicate id '{id}'");
            }

            if (item is not Course and not Designation)
            {
                map.RejectUnknownKeys();
            }
        }

        private static List<T> Unique<T>(IEnumerable<T> items, IReadOnlyList<YamlMap> maps, Func<T, string> id)
        {
            var list = items.ToList();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < list.Count; i++)
            {
                if (!seen.Add(id(list[i])))
                {
                    throw maps[i].Error($"duplicate id '{id(list[i])}'");
                }
            }

            return list;
        }
    }
}
