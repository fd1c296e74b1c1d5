using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;

namespace KarmayogiBot.Infrastructure.Storage.Migrations;

/// <summary>
/// A schema as its migrations, one embedded SQL resource per version and database, named
/// <c>Migrations/&lt;Sqlite|Postgres&gt;/NNNN_name.sql</c> (NNNN the version, four digits) and starting with
/// <c>-- description</c> lines. To add a migration, add both files with the next version (never edit a released one)
/// and embed them (the project embeds <c>Migrations/*/*.sql</c> under that name). A resource that is misnamed,
/// has no description or SQL, or lacks its other database's twin, or a version missing from the sequence, fails the
/// load naming the resource.
/// </summary>
public sealed partial class MigrationSet
{
    private const string Root = "Migrations/";

    private readonly Dictionary<StoreProvider, IReadOnlyList<Migration>> _byProvider;

    private MigrationSet(MigrationTrack track, Dictionary<StoreProvider, IReadOnlyList<Migration>> byProvider)
    {
        Track = track;
        _byProvider = byProvider;
        LatestVersion = byProvider.Values.First()[^1].Version;
    }

    public MigrationTrack Track { get; }

    /// <summary>The newest version of the set.</summary>
    public int LatestVersion { get; }

    /// <summary>The migrations for one database, in version order.</summary>
    public IReadOnlyList<Migration> For(StoreProvider provider) => _byProvider[provider];

    /// <summary>The set embedded in <paramref name="assembly"/> under <c>Migrations/</c>.</summary>
    public static MigrationSet FromAssembly(Assembly assembly, MigrationTrack track)
    {
        var resources = new List<KeyValuePair<string, string>>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Root, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            resources.Add(new(name, reader.ReadToEnd()));
        }

        return FromTexts(resources, track);
    }

    /// <summary>The set made of these resources (name, text).</summary>
    public static MigrationSet FromTexts(IEnumerable<KeyValuePair<string, string>> resources, MigrationTrack track)
    {
        if (!VersionTableName().IsMatch(track.VersionTable))
        {
            throw new InvalidOperationException($"Migration version table '{track.VersionTable}' is not a plain lower-case name.");
        }

        var byProvider = Enum.GetValues<StoreProvider>().ToDictionary(p => p, _ => new SortedDictionary<int, Migration>());
        foreach (var (name, text) in resources)
        {
            var (provider, migration) = Parse(name, text);
            if (track.RetiredVersions.Contains(migration.Version))
            {
                throw new InvalidOperationException($"Migration {name}: version {migration.Version} is retired (it moved elsewhere); use the next free version.");
            }

            if (!byProvider[provider].TryAdd(migration.Version, migration))
            {
                throw new InvalidOperationException($"Migration {name}: version {migration.Version} is also {byProvider[provider][migration.Version].Resource}.");
            }
        }

        var latest = byProvider.Values.SelectMany(m => m.Keys).DefaultIfEmpty(0).Max();
        if (latest == 0)
        {
            throw new InvalidOperationException($"No migrations found: expected embedded resources {Root}<Sqlite|Postgres>/NNNN_name.sql.");
        }

        foreach (var version in Enumerable.Range(1, latest).Where(v => !track.RetiredVersions.Contains(v)))
        {
            var present = byProvider.Values.Select(m => m.GetValueOrDefault(version)).OfType<Migration>().FirstOrDefault();
            foreach (var provider in byProvider.Where(p => !p.Value.ContainsKey(version)).Select(p => p.Key))
            {
                var expected = present is null
                    ? $"{Root}{provider}/{version:D4}_*.sql"
                    : $"{Root}{provider}/{Path.GetFileName(present.Resource)} (the twin of {present.Resource})";
                throw new InvalidOperationException($"Migration {expected} is missing.");
            }
        }

        return new MigrationSet(track, byProvider.ToDictionary(p => p.Key, p => (IReadOnlyList<Migration>)[.. p.Value.Values]));
    }

    private static (StoreProvider Provider, Migration Migration) Parse(string name, string text)
    {
        var match = ResourceName().Match(name);
        if (!match.Success)
        {
            throw new InvalidOperationException($"Migration {name} is not named {Root}<Sqlite|Postgres>/NNNN_name.sql (NNNN four digits, name in lower_snake_case).");
        }

        var lines = text.ReplaceLineEndings("\n").Split('\n');
        var description = string.Join(' ', lines.TakeWhile(l => l.StartsWith("--", StringComparison.Ordinal)).Select(l => l[2..].Trim())).Trim();
        var sql = string.Join('\n', lines.SkipWhile(l => l.StartsWith("--", StringComparison.Ordinal))).Trim();
        if (description.Length == 0)
        {
            throw new InvalidOperationException($"Migration {name} does not start with a '-- description' line.");
        }

        if (sql.Length == 0)
        {
            throw new InvalidOperationException($"Migration {name} has no SQL after its description.");
        }

        var provider = Enum.Parse<StoreProvider>(match.Groups["provider"].Value);
        var version = int.Parse(match.Groups["version"].Value, CultureInfo.InvariantCulture);
        if (version == 0)
        {
            throw new InvalidOperationException($"Migration {name}: versions start at 0001.");
        }

        return (provider, new Migration(version, name, description, sql));
    }

    [GeneratedRegex(@"^Migrations/(?<provider>Sqlite|Postgres)/(?<version>[0-9]{4})_[a-z0-9]+(_[a-z0-9]+)*\.sql$")]
    private static partial Regex ResourceName();

    [GeneratedRegex("^[a-z][a-z0-9_]*$")]
    private static partial Regex VersionTableName();
}
