using System.Globalization;
using KarmayogiBot.Domain.Catalog;
using KarmayogiBot.Domain.Catalog.Loading;
using YamlDotNet.RepresentationModel;

namespace KarmayogiBot.Worker.SampleZone;

/// <summary>
/// Reads and checks sample-zone.yaml (embedded in the worker): every key known, every chance between 0 and 1, every
/// wing with formations, every header column a field the exports have. A mistake throws <see cref="CatalogException"/>
/// naming the file, the line and the reason.
/// </summary>
public static class SampleZoneModelLoader
{
    public const string FileName = "sample-zone.yaml";

    private static readonly string[] Wings = ["gst", "customs", "other"];

    private static readonly Lazy<SampleZoneModel> Shipped = new(() => Load(ReadShipped()));

    /// <summary>The model the worker ships, loaded once.</summary>
    public static SampleZoneModel Default => Shipped.Value;

    public static SampleZoneModel Load(string yaml)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlDotNet.Core.YamlException e)
        {
            throw new CatalogException(FileName, (int)e.Start.Line, e.Message);
        }

        var root = new YamlMap(FileName, stream.Documents.Count > 0 ? stream.Documents[0].RootNode : new YamlScalarNode());
        var cycle = root.Map("cycle");
        var assessment = root.Map("assessment");
        var headers = root.Map("headers");
        var roster = root.Map("roster");
        var roles = root.Maps("roles").Select(ReadRole).ToList();
        if (roles.Count == 0)
        {
            throw root.Error("no roles");
        }

        var model = new SampleZoneModel(
            cycle.String("id"),
            cycle.Date("deadline"),
            root.String("zone"),
            root.String("otherZone"),
            ReadMdo(root.Map("mdo")),
            ReadFormations(root.Map("formations")),
            ReadProgress(root.Map("progress")),
            assessment.String("name"),
            assessment.String("provider"),
            assessment.String("type"),
            ReadCourse(root.Map("extraCourse")),
            roles,
            ReadVariants(root.Maps("variants"), roles),
            root.Maps("otherCourses").Select(ReadCourse).ToList(),
            ReadHeaders(headers, "consumption", IgotExportWriter.ConsumptionFields),
            ReadHeaders(headers, "users", IgotExportWriter.UserFields),
            roster.Strings("columns"),
            roster.String("reportingOfficer"));
        if (model.RosterColumns.Count != RosterWriter.Fields.Count)
        {
            throw roster.Error($"the roster has {RosterWriter.Fields.Count} columns ({string.Join(", ", RosterWriter.Fields)}), not {model.RosterColumns.Count}");
        }

        foreach (var map in new[] { cycle, assessment, headers, roster, root })
        {
            map.RejectUnknownKeys();
        }

        return model;
    }

    private static string ReadShipped()
    {
        using var resource = typeof(SampleZoneModelLoader).Assembly.GetManifestResourceStream(FileName)
            ?? throw new CatalogException(FileName, 0, "not embedded in the worker");
        using var reader = new StreamReader(resource);
        return reader.ReadToEnd();
    }

    private static Dictionary<string, IReadOnlyList<string>> ReadVariants(IEnumerable<YamlMap> maps, IReadOnlyList<SampleRole> roles)
    {
        var courses = roles.SelectMany(r => r.Courses).Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        var variants = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var map in maps)
        {
            var name = map.String("name");
            variants[name] = courses.Contains(name) ? map.Strings("shown") : throw map.Error($"'{name}' is no role's course", map.Node("name"));
            map.RejectUnknownKeys();
        }

        return variants;
    }

    private static SampleMdo ReadMdo(YamlMap map)
    {
        var mdo = new SampleMdo(map.String("name"), map.String("ministry"), map.String("department"), map.String("reportTime"), map.Date("registeredOn"), map.Date("createdOn"));
        map.RejectUnknownKeys();
        return mdo;
    }

    private static Dictionary<string, IReadOnlyList<string>> ReadFormations(YamlMap map)
    {
        var formations = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var wing in Wings)
        {
            formations[wing] = map.Strings(wing) is { Count: > 0 } names ? names : throw map.Error($"no formations for the wing '{wing}'");
        }

        map.RejectUnknownKeys();
        return formations;
    }

    private static SampleProgress ReadProgress(YamlMap map)
    {
        var profiles = map.Maps("profiles").Select(p =>
        {
            var profile = new ProgressProfile(Chance(p, "share"), Chance(p, "courseDone"));
            p.RejectUnknownKeys();
            return profile;
        }).ToList();
        if (Math.Abs(profiles.Sum(p => p.Share) - 1) > 1e-9)
        {
            throw map.Error("the profiles' shares must add up to 1");
        }

        var designation = map.Map("designation");
        var progress = new SampleProgress(
            profiles, Chance(map, "started"), Chance(map, "assessmentPassed"), Chance(map, "extraCourseDone"), Chance(map, "notStartedListed"),
            Chance(designation, "igot"), Chance(designation, "roster"), Chance(map, "variant"), map.Int("otherCoursesPerOfficer"));
        if (progress.DesignationIgot + progress.DesignationRoster > 1)
        {
            throw designation.Error("'igot' and 'roster' together exceed 1");
        }

        designation.RejectUnknownKeys();
        map.RejectUnknownKeys();
        return progress;
    }

    private static SampleRole ReadRole(YamlMap map)
    {
        var wing = map.String("wing");
        if (wing != "any" && !Wings.Contains(wing))
        {
            throw map.Error($"'wing' must be any, {string.Join(", ", Wings)}, not '{wing}'", map.Node("wing"));
        }

        var role = new SampleRole(
            map.String("id"), map.String("label"), map.Int("share"), wing, map.String("group"), map.Bool("extraCourse"), map.Bool("nodal"),
            map.Maps("designations").Select(d =>
            {
                var designation = new SampleDesignation(d.String("roster"), d.String("igot"), d.Int("rank"));
                d.RejectUnknownKeys();
                return designation;
            }).ToList(),
            map.Maps("courses").Select(ReadCourse).ToList());
        if (role.Share <= 0 || role.Designations.Count == 0 || role.Courses.Count == 0 || !role.Courses.Any(c => c.Assessed))
        {
            throw map.Error($"role '{role.Id}' needs a share above 0, designations, and courses of which some are assessed");
        }

        map.RejectUnknownKeys();
        return role;
    }

    private static SampleCourse ReadCourse(YamlMap map)
    {
        var course = new SampleCourse(map.String("name"), map.String("provider"), map.OptionalString("competency"), map.Bool("assessed"));
        map.RejectUnknownKeys();
        return course;
    }

    private static List<HeaderGeneration> ReadHeaders(YamlMap headers, string export, IReadOnlySet<string> fields)
    {
        var generations = headers.Maps(export).Select(g =>
        {
            var columns = new List<HeaderColumn>();
            foreach (var column in g.Strings("columns"))
            {
                var colon = column.IndexOf(": ", StringComparison.Ordinal);
                var (header, field) = colon > 0 ? (column[..colon], column[(colon + 2)..]) : (column, column);
                columns.Add(fields.Contains(field) ? new HeaderColumn(header, field) : throw g.Error($"'{field}' is no field of the {export} export", g.Node("columns")));
            }

            var generation = new HeaderGeneration(g.String("generation"), g.String("note"), columns);
            g.RejectUnknownKeys();
            return generation;
        }).ToList();
        return generations.Count > 0 ? generations : throw headers.Error($"no header generations for the {export} export");
    }

    private static double Chance(YamlMap map, string key)
    {
        var text = map.String(key);
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value is >= 0 and <= 1
            ? value
            : throw map.Error($"'{key}' must be a chance between 0 and 1, not '{text}'", map.Node(key));
    }
}
