using KarmayogiBot.Domain.Catalog;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace KarmayogiBot.Assistant.Understanding;

/// <summary>
/// Loads and validates the phrasing files: every *.yaml of a folder, merged (phrasings, kinds, openQuestions,
/// postings). A mistake throws <see cref="PhrasingException"/> with the file, the line and the reason, so the bot
/// does not start with it. With a catalog, every <c>topic/&lt;id&gt;</c> phrasing must name one of its topics.
/// </summary>
public static class PhrasingLoader
{
    private const int DefaultOpenWeight = 9;
    private const int MaxWeight = 10;

    private static readonly Dictionary<string, Intent> Intents =
        Enum.GetValues<Intent>().ToDictionary(PhrasingBank.KindName, i => i, StringComparer.Ordinal);

    /// <summary>The folder the phrasings ship in, beside the running program.</summary>
    public static string DefaultDirectory => Path.Combine(AppContext.BaseDirectory, "phrasings");

    public static PhrasingBank LoadDirectory(string directory, TrainingCatalog? catalog = null)
    {
        if (!Directory.Exists(directory))
        {
            throw new PhrasingException(directory, 0, "the phrasings folder does not exist");
        }

        var files = Directory.EnumerateFiles(directory, "*.yaml").Order(StringComparer.Ordinal)
            .Select(path => (Path.GetFileName(path), File.ReadAllText(path)));
        return Load(files, catalog);
    }

    public static PhrasingBank Load(IEnumerable<(string Name, string Text)> files, TrainingCatalog? catalog = null)
    {
        var phrasings = new List<Phrasing>();
        var kinds = new List<KindRule>();
        var open = new List<(OpenQuestion, IReadOnlyList<Phrasing>)>();
        var postings = new List<Posting>();
        var pendingAlso = new List<(YamlMappingNode Node, string File, Intent Intent, IReadOnlyList<string> Also)>();
        foreach (var (name, text) in files)
        {
            var root = Parse(name, text);
            if (root is null)
            {
                continue;
            }

            foreach (var (key, value) in root.Children)
            {
                var section = ((YamlScalarNode)key).Value;
                var items = Sequence(name, value, section!);
                switch (section)
                {
                    case "phrasings":
                        phrasings.AddRange(items.SelectMany(i => ReadPhrasings(name, i)));
                        break;
                    case "kinds":
                        foreach (var item in items)
                        {
                            var (rule, also) = ReadKind(name, item);
                            if (kinds.Any(k => k.Intent == rule.Intent))
                            {
                                throw Error(name, item, $"kind '{PhrasingBank.KindName(rule.Intent)}' is listed twice");
                            }

                            kinds.Add(rule);
                            pendingAlso.Add((item, name, rule.Intent, also));
                        }

                        break;
                    case "openQuestions":
                        foreach (var item in items)
                        {
                            var question = ReadOpenQuestion(name, item);
                            if (open.Any(o => o.Item1.Id == question.Item1.Id))
                            {
                                throw Error(name, item, $"open question '{question.Item1.Id}' is listed twice");
                            }

                            open.Add(question);
                        }

                        break;
                    case "postings":
                        postings.AddRange(items.Select(i => ReadPosting(name, i)));
                        break;
                    default:
                        throw Error(name, key, $"unknown section '{section}' (expected phrasings, kinds, openQuestions or postings)");
                }
            }
        }

        var known = kinds.ToDictionary(k => k.Intent);
        var resolvedKinds = kinds.Select(k =>
        {
            var (node, file, _, also) = pendingAlso.First(p => p.Intent == k.Intent);
            var intents = also.Select(a => known.ContainsKey(IntentOf(file, node, a)) ? IntentOf(file, node, a)
                : throw Error(file, node, $"alsoAnswers names '{a}', which kinds.yaml does not list")).ToList();
            return k with { AlsoAnswers = intents };
        }).ToList();

        var openIds = open.Select(o => o.Item1.Id).ToHashSet(StringComparer.Ordinal);
        var topicIds = catalog?.Topics.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        var seen = new HashSet<(string, string)>();
        foreach (var phrasing in phrasings)
        {
            Check(phrasing, resolvedKinds, openIds, topicIds);
            if (!seen.Add((phrasing.Kind, phrasing.Text)))
            {
                throw new PhrasingException(phrasing.File, phrasing.Line, $"the phrasing '{phrasing.Text}' is listed twice for '{phrasing.Kind}'");
            }
        }

        return new PhrasingBank(phrasings, resolvedKinds, open, postings);
    }

    private static void Check(Phrasing phrasing, IReadOnlyList<KindRule> kinds, HashSet<string> openIds, HashSet<string>? topicIds)
    {
        var kind = phrasing.Kind;
        if (kind.StartsWith(PhrasingBank.TopicPrefix, StringComparison.Ordinal))
        {
            var id = kind[PhrasingBank.TopicPrefix.Length..];
            if (topicIds is not null && !topicIds.Contains(id))
            {
                throw new PhrasingException(phrasing.File, phrasing.Line, $"'{kind}' names no topic of the catalog");
            }

            return;
        }

        if (kind.StartsWith(PhrasingBank.OpenPrefix, StringComparison.Ordinal))
        {
            if (!openIds.Contains(kind[PhrasingBank.OpenPrefix.Length..]))
            {
                throw new PhrasingException(phrasing.File, phrasing.Line, $"'{kind}' names no open question (openQuestions)");
            }

            return;
        }

        if (!PhrasingBank.Signals.Contains(kind) && !(Intents.TryGetValue(kind, out var intent) && kinds.Any(k => k.Intent == intent)))
        {
            throw new PhrasingException(phrasing.File, phrasing.Line,
                $"unknown kind '{kind}' (a kind of kinds.yaml, topic/<id>, open/<id> or one of {string.Join(", ", PhrasingBank.Signals)})");
        }
    }

    private static YamlMappingNode? Parse(string file, string text)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            throw new PhrasingException(file, (int)e.Start.Line, $"not valid YAML: {e.InnerException?.Message ?? e.Message}");
        }

        if (stream.Documents.Count == 0)
        {
            return null;
        }

        return stream.Documents[0].RootNode as YamlMappingNode ?? throw Error(file, stream.Documents[0].RootNode, "expected sections (phrasings, kinds, openQuestions, postings)");
    }

    private static IEnumerable<YamlMappingNode> Sequence(string file, YamlNode node, string section) =>
        node is YamlSequenceNode sequence
            ? sequence.Children.Select(c => c as YamlMappingNode ?? throw Error(file, c, $"each entry of '{section}' must be a mapping"))
            : throw Error(file, node, $"'{section}' must be a list");

    private static IEnumerable<Phrasing> ReadPhrasings(string file, YamlMappingNode node)
    {
        Only(file, node, "kind", "weight", "phrases");
        var kind = Required(file, node, "kind");
        var weight = Weight(file, node, null);
        return Strings(file, node, "phrases", required: true).Select(p => new Phrasing(kind, p.Text, weight, file, p.Line));
    }

    private static (KindRule Rule, IReadOnlyList<string> Also) ReadKind(string file, YamlMappingNode node)
    {
        Only(file, node, "kind", "roleDependent", "alsoAnswers", "label", "labelHi", "ask", "askHi", "refines");
        var intent = IntentOf(file, node, Required(file, node, "kind"));
        var roleDependent = Optional(file, node, "roleDependent") switch
        {
            null or "false" => false,
            "true" => true,
            var other => throw Error(file, node, $"roleDependent must be true or false, not '{other}'"),
        };
        var label = Optional(file, node, "label") ?? "";
        var ask = Optional(file, node, "ask") ?? "";
        var refines = Optional(file, node, "refines") is { } refined ? IntentOf(file, node, refined) : (Intent?)null;
        var rule = new KindRule(intent, roleDependent, [], label, Optional(file, node, "labelHi") ?? label, ask, Optional(file, node, "askHi") ?? ask, refines);
        return (rule, Strings(file, node, "alsoAnswers", required: false).Select(s => s.Text).ToList());
    }

    private static (OpenQuestion, IReadOnlyList<Phrasing>) ReadOpenQuestion(string file, YamlMappingNode node)
    {
        Only(file, node, "id", "weight", "phrases", "what", "whatHi", "nearest", "nearestHi");
        var id = Required(file, node, "id");
        var weight = Weight(file, node, DefaultOpenWeight);
        var question = new OpenQuestion(id, Required(file, node, "what"), Required(file, node, "whatHi"), Required(file, node, "nearest"), Required(file, node, "nearestHi"));
        var phrasings = Strings(file, node, "phrases", required: true).Select(p => new Phrasing(PhrasingBank.OpenPrefix + id, p.Text, weight, file, p.Line)).ToList();
        return (question, phrasings);
    }

    private static Posting ReadPosting(string file, YamlMappingNode node)
    {
        Only(file, node, "posting", "match", "phrases");
        return new Posting(Required(file, node, "posting"), Required(file, node, "match"), Strings(file, node, "phrases", required: true).Select(p => p.Text).ToList());
    }

    private static Intent IntentOf(string file, YamlNode node, string kind) =>
        Intents.TryGetValue(kind, out var intent) ? intent : throw Error(file, node, $"unknown kind '{kind}'");

    private static int Weight(string file, YamlMappingNode node, int? fallback)
    {
        var text = Optional(file, node, "weight");
        if (text is null)
        {
            return fallback ?? throw Error(file, node, "missing 'weight'");
        }

        return int.TryParse(text, out var weight) && weight is >= 1 and <= MaxWeight
            ? weight
            : throw Error(file, node, $"weight must be a whole number from 1 to {MaxWeight}, not '{text}'");
    }

    private static void Only(string file, YamlMappingNode node, params string[] keys)
    {
        foreach (var key in node.Children.Keys)
        {
            if (key is not YamlScalarNode { Value: { } name } || !keys.Contains(name))
            {
                throw Error(file, key, $"unknown key '{(key as YamlScalarNode)?.Value}' (expected {string.Join(", ", keys)})");
            }
        }
    }

    private static string Required(string file, YamlMappingNode node, string key) =>
        Optional(file, node, key) ?? throw Error(file, node, $"missing '{key}'");

    private static string? Optional(string file, YamlMappingNode node, string key)
    {
        if (!node.Children.TryGetValue(new YamlScalarNode(key), out var value))
        {
            return null;
        }

        return value is YamlScalarNode { Value: { } text } && text.Trim().Length > 0
            ? text.Trim()
            : throw Error(file, value, $"'{key}' must be a non-empty text");
    }

    private static IReadOnlyList<(string Text, int Line)> Strings(string file, YamlMappingNode node, string key, bool required)
    {
        if (!node.Children.TryGetValue(new YamlScalarNode(key), out var value))
        {
            return required ? throw Error(file, node, $"missing '{key}'") : [];
        }

        if (value is not YamlSequenceNode { Children.Count: > 0 } list)
        {
            throw Error(file, value, $"'{key}' must be a non-empty list");
        }

        return list.Children.Select(c => c is YamlScalarNode { Value: { } text } && text.Trim().Length > 0
            ? (text.Trim(), (int)c.Start.Line)
            : throw Error(file, c, $"each of '{key}' must be a non-empty text")).ToList();
    }

    private static PhrasingException Error(string file, YamlNode node, string reason) => new(file, (int)node.Start.Line, reason);
}
