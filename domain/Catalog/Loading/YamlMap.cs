using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace KarmayogiBot.Domain.Catalog.Loading;

/// <summary>A YAML mapping read strictly: every key must be known, and every error names the file and line.</summary>
public sealed class YamlMap
{
    private readonly YamlMappingNode _node;
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    public YamlMap(string file, YamlNode node)
    {
        File = file;
        _node = node as YamlMappingNode ?? throw new CatalogException(file, LineOf(node), "expected a mapping (key: value)");
    }

    public string File { get; }

    public int Line => LineOf(_node);

    public static int LineOf(YamlNode node) => (int)node.Start.Line;

    public CatalogException Error(string reason, YamlNode? at = null) => new(File, at is null ? Line : LineOf(at), reason);

    public YamlNode? Node(string key)
    {
        _read.Add(key);
        return _node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;
    }

    public string? OptionalString(string key) =>
        Node(key) switch
        {
            null => null,
            YamlScalarNode scalar => string.IsNullOrWhiteSpace(scalar.Value) ? throw Error($"'{key}' is empty", scalar) : scalar.Value.Trim(),
            var other => throw Error($"'{key}' must be text", other),
        };

    public string String(string key) => OptionalString(key) ?? throw Missing(key);

    /// <summary>"missing 'issuedBy'", naming a key present that looks like a misspelling of it.</summary>
    private CatalogException Missing(string key)
    {
        var lookalike = _node.Children.Keys.OfType<YamlScalarNode>()
            .Where(k => !_read.Contains(k.Value ?? ""))
            .MaxBy(k => FuzzySharp.Fuzz.Ratio((k.Value ?? "").ToLowerInvariant(), key.ToLowerInvariant()));
        return lookalike is not null && FuzzySharp.Fuzz.Ratio((lookalike.Value ?? "").ToLowerInvariant(), key.ToLowerInvariant()) >= 75
            ? Error($"missing '{key}' (unknown key '{lookalike.Value}' here: misspelt?)", lookalike)
            : Error($"missing '{key}'");
    }

    public int Int(string key)
    {
        var text = String(key);
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Error($"'{key}' must be a whole number, not '{text}'", Node(key));
    }

    public bool Bool(string key, bool fallback = false)
    {
        var text = OptionalString(key);
        return text switch
        {
            null => fallback,
            "true" => true,
            "false" => false,
            _ => throw Error($"'{key}' must be true or false, not '{text}'", Node(key)),
        };
    }

    public DateOnly? OptionalDate(string key)
    {
        var text = OptionalString(key);
        if (text is null)
        {
            return null;
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw Error($"'{key}' must be a date yyyy-mm-dd, not '{text}'", Node(key));
    }

    public DateOnly Date(string key) => OptionalDate(key) ?? throw Missing(key);

    public IReadOnlyList<string> Strings(string key) =>
        Node(key) switch
        {
            null => [],
            YamlSequenceNode sequence => sequence.Children.Select(item => item is YamlScalarNode { Value: { } value } && !string.IsNullOrWhiteSpace(value)
                ? value.Trim()
                : throw Error($"'{key}' must be a list of text", item)).ToList(),
            var other => throw Error($"'{key}' must be a list", other),
        };

    public IEnumerable<YamlMap> Maps(string key) =>
        Node(key) switch
        {
            null => [],
            YamlSequenceNode sequence => sequence.Children.Select(item => new YamlMap(File, item)).ToList(),
            var other => throw Error($"'{key}' must be a list", other),
        };

    public YamlMap? OptionalMap(string key) => Node(key) is { } node ? new YamlMap(File, node) : null;

    public YamlMap Map(string key) => OptionalMap(key) ?? throw Missing(key);

    /// <summary>Throws for any key not read: a misspelt key is an error, never silently ignored.</summary>
    public void RejectUnknownKeys()
    {
        foreach (var (key, _) in _node.Children)
        {
            var name = (key as YamlScalarNode)?.Value ?? "?";
            if (!_read.Contains(name))
            {
                throw Error($"unknown key '{name}'", key);
            }
        }
    }
}
