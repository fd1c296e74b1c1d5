using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace KarmayogiBot.Deployment.Tests.Support;

/// <summary>An ARM template (deploymentTemplates/*.json) read as JSON, with the parts the tests look at.</summary>
public sealed partial class ArmTemplate
{
    public const string MainFile = "azuredeploy.json";

    private ArmTemplate(string path, JsonObject root)
    {
        Path = path;
        Root = root;
    }

    public string Path { get; }

    public JsonObject Root { get; }

    public JsonObject Parameters => Root["parameters"]?.AsObject() ?? [];

    public JsonObject Variables => Root["variables"]?.AsObject() ?? [];

    public IReadOnlyList<JsonObject> Resources => (Root["resources"]?.AsArray() ?? []).Select(r => r!.AsObject()).ToList();

    public static string Folder => RepositoryRoot.File("deploymentTemplates");

    public static ArmTemplate Main => Load(System.IO.Path.Combine(Folder, MainFile));

    public static ArmTemplate Load(string path) =>
        new(path, JsonNode.Parse(File.ReadAllText(path), documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Disallow })!.AsObject());

    /// <summary>The web app whose name is the given variable (e.g. "botAppName").</summary>
    public JsonObject Site(string nameVariable) =>
        Resources.Single(r => (string?)r["type"] == "Microsoft.Web/sites" && (string?)r["name"] == $"[variables('{nameVariable}')]");

    /// <summary>The names of the app settings a web app gets (siteConfig.appSettings).</summary>
    public static IReadOnlyList<string> AppSettingNames(JsonObject site) =>
        (site["properties"]?["siteConfig"]?["appSettings"]?.AsArray() ?? []).Select(s => (string)s!["name"]!).ToList();

    /// <summary>The value (an expression or a literal) of a web app's app setting.</summary>
    public static string? AppSettingValue(JsonObject site, string name) =>
        (string?)(site["properties"]?["siteConfig"]?["appSettings"]?.AsArray() ?? []).SingleOrDefault(s => (string?)s!["name"] == name)?["value"];

    /// <summary>Every string in the template that is an expression: "[...]" (but not an escaped "[[...").</summary>
    public IReadOnlyList<string> Expressions() => Strings(Root).Where(IsExpression).ToList();

    public static bool IsExpression(string value) => value.StartsWith('[') && value.EndsWith(']') && !value.StartsWith("[[", StringComparison.Ordinal);

    /// <summary>The names given to a function in the expressions: parameters('x') gives x for "parameters".</summary>
    public IReadOnlySet<string> Referenced(string function) =>
        Expressions().SelectMany(e => Reference().Matches(e).Where(m => m.Groups["f"].Value == function).Select(m => m.Groups["name"].Value)).ToHashSet(StringComparer.Ordinal);

    private static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => Strings(p.Value)),
        JsonArray a => a.SelectMany(Strings),
        JsonValue v when v.GetValueKind() == JsonValueKind.String => [v.GetValue<string>()],
        _ => [],
    };

    [GeneratedRegex(@"\b(?<f>parameters|variables)\('(?<name>[^']*)'\)")]
    private static partial Regex Reference();
}
