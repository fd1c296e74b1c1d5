using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using KarmayogiBot.Deployment.Tests.Support;

namespace KarmayogiBot.Deployment.Tests.Templates;

/// <summary>deploymentTemplates/parameters/*.parameters.json against the template, and the README's commands that use them.</summary>
public sealed partial class ParameterFileTests
{
    /// <summary>Given on the command line (deploymentTemplates/README.md), never kept in a parameter file: identities and secrets.</summary>
    private static readonly string[] CommandLineParameters = ["botName", "appId", "appSecret", "tenantId", "msiResourceId", "postgresAdminPassword"];

    private static string ReadmeText => File.ReadAllText(Path.Combine(ArmTemplate.Folder, "README.md"));

    public static TheoryData<string> ParameterFiles() => new(FileNames());

    private static IEnumerable<string> FileNames() =>
        Directory.GetFiles(Path.Combine(ArmTemplate.Folder, "parameters"), "*.parameters.json").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal);

    [Fact]
    public void ParameterFiles_CoverEveryAppTypeAndDatabase()
    {
        var files = FileNames().Select(Values).ToList();

        Assert.Equal(["MultiTenant", "SingleTenant", "UserAssignedMSI"], files.Select(f => (string)f["appType"]!).Distinct().Order());
        Assert.Equal(["Postgres", "Sqlite"], files.Select(f => (string)f["database"]!).Distinct().Order());
    }

    [Theory]
    [MemberData(nameof(ParameterFiles))]
    public void ParameterFile_Values_AreTemplateParametersWithinTheirLimits(string file)
    {
        var document = Load(file);
        var template = ArmTemplate.Main;

        Assert.Equal("https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#", (string?)document["$schema"]);
        Assert.Matches(@"^\d+\.\d+\.\d+\.\d+$", (string?)document["contentVersion"]);
        foreach (var (name, entry) in Values(file))
        {
            var parameter = template.Parameters[name]?.AsObject();
            Assert.True(parameter is not null, $"{file}: {name} is not a parameter of {ArmTemplate.MainFile}");
            var value = entry!;
            if (parameter["allowedValues"] is JsonArray allowed)
            {
                Assert.True(allowed.Any(a => JsonNode.DeepEquals(a, value)), $"{file}: {name} = {value.ToJsonString()} is not allowed");
            }

            if (value.GetValueKind() == JsonValueKind.Number)
            {
                var number = value.GetValue<int>();
                Assert.InRange(number, (int?)parameter["minValue"] ?? int.MinValue, (int?)parameter["maxValue"] ?? int.MaxValue);
            }
        }
    }

    [Theory]
    [MemberData(nameof(ParameterFiles))]
    public void ParameterFile_KeepsNoSecretsOrIdentities(string file)
    {
        var template = ArmTemplate.Main;
        var secrets = template.Parameters.Where(p => ((string)p.Value!["type"]!).StartsWith("secure", StringComparison.OrdinalIgnoreCase)).Select(p => p.Key);

        Assert.Empty(Values(file).Select(p => p.Key).Intersect(secrets.Concat(CommandLineParameters)));
    }

    [Theory]
    [MemberData(nameof(ParameterFiles))]
    public void ParameterFile_IsDeployedByACommandInTheReadme_WithWhatItsIdentityAndDatabaseNeed(string file)
    {
        var values = Values(file);
        var command = Commands().SingleOrDefault(c => c.Contains($"@deploymentTemplates/parameters/{file}", StringComparison.Ordinal));

        Assert.True(command is not null, $"deploymentTemplates/README.md has no az deployment group create command with {file}");
        Assert.Contains("--template-file deploymentTemplates/azuredeploy.json", command, StringComparison.Ordinal);
        var given = Regex.Matches(command, @"\b(?<name>[A-Za-z]+)=").Select(m => m.Groups["name"].Value).ToHashSet(StringComparer.Ordinal);
        var required = ArmTemplate.Main.Parameters.Where(p => p.Value!["defaultValue"] is null).Select(p => p.Key);
        Assert.Empty(required.Except(given).Except(values.Select(v => v.Key)));
        var appType = (string)values["appType"]!;
        Assert.Equal(appType == "UserAssignedMSI", given.Contains("msiResourceId"));
        Assert.Equal(appType != "UserAssignedMSI", given.Contains("appSecret"));
        Assert.Equal((string)values["database"]! == "Postgres", given.Contains("postgresAdminPassword"));
        Assert.Empty(given.Except(ArmTemplate.Main.Parameters.Select(p => p.Key)));
    }

    [Fact]
    public void Readme_NamesOnlyFilesThatExist()
    {
        var named = FileReference().Matches(ReadmeText).Select(m => m.Value).Distinct().ToList();

        Assert.NotEmpty(named);
        Assert.All(named, path => Assert.True(File.Exists(RepositoryRoot.File(path.Split('/'))), $"README names {path}, which does not exist"));
    }

    /// <summary>The README's az deployment group create commands, each joined across its "\" line continuations.</summary>
    private static List<string> Commands() =>
        Regex.Replace(ReadmeText, @"\\\r?\n\s*", " ")
            .Split('\n')
            .Where(line => line.TrimStart().StartsWith("az deployment group create", StringComparison.Ordinal))
            .ToList();

    private static JsonObject Load(string file) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(ArmTemplate.Folder, "parameters", file)))!.AsObject();

    private static Dictionary<string, JsonNode?> Values(string file) =>
        Load(file)["parameters"]!.AsObject().ToDictionary(p => p.Key, p => p.Value!["value"]?.DeepClone(), StringComparer.Ordinal);

    [GeneratedRegex(@"deploymentTemplates/[A-Za-z0-9_./-]+\.(json|sh)")]
    private static partial Regex FileReference();
}
