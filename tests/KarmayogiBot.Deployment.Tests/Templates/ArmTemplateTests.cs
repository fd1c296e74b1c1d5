using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using KarmayogiBot.Deployment.Tests.Support;
using KarmayogiBot.Infrastructure.Storage;
using KarmayogiBot.Protocol.Authentication;

namespace KarmayogiBot.Deployment.Tests.Templates;

/// <summary>deploymentTemplates/*.json: well-formed ARM that deploys what the bot needs (no <c>az</c> here, so the checks are structural).</summary>
public sealed class ArmTemplateTests
{
    private static readonly string[] ParameterTypes = ["string", "securestring", "int", "bool", "object", "secureObject", "array"];

    public static TheoryData<string> Templates()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(ArmTemplate.Folder, "*.json").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Template_Header_IsAnArmDeploymentTemplate(string file)
    {
        var template = ArmTemplate.Load(Path.Combine(ArmTemplate.Folder, file));

        Assert.Equal("https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#", (string?)template.Root["$schema"]);
        Assert.Matches(@"^\d+\.\d+\.\d+\.\d+$", (string?)template.Root["contentVersion"]);
        Assert.NotEmpty(template.Resources);
        var unknown = template.Root.Select(p => p.Key).Except(["$schema", "contentVersion", "apiProfile", "metadata", "parameters", "variables", "functions", "resources", "outputs"]);
        Assert.Empty(unknown);
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Template_Parameters_HaveATypeADescriptionAndValidDefaults(string file)
    {
        var template = ArmTemplate.Load(Path.Combine(ArmTemplate.Folder, file));

        foreach (var (name, node) in template.Parameters)
        {
            var parameter = node!.AsObject();
            var type = (string?)parameter["type"];
            Assert.True(ParameterTypes.Contains(type, StringComparer.OrdinalIgnoreCase), $"parameter {name}: type '{type}'");
            Assert.False(string.IsNullOrWhiteSpace((string?)parameter["metadata"]?["description"]), $"parameter {name} has no description");
            if (parameter["defaultValue"] is { } defaultValue && !IsExpression(defaultValue))
            {
                Assert.True(Fits(type!, defaultValue), $"parameter {name}: default {defaultValue.ToJsonString()} is not a {type}");
                if (parameter["allowedValues"] is JsonArray allowed)
                {
                    Assert.Contains(allowed, a => JsonNode.DeepEquals(a, defaultValue));
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Template_Resources_HaveTypeApiVersionAndName(string file)
    {
        var template = ArmTemplate.Load(Path.Combine(ArmTemplate.Folder, file));

        foreach (var resource in template.Resources)
        {
            Assert.Matches(@"^Microsoft\.[A-Za-z]+(/[A-Za-z]+)+$", (string?)resource["type"]);
            Assert.Matches(@"^\d{4}-\d{2}-\d{2}(-preview)?$", (string?)resource["apiVersion"]);
            Assert.False(string.IsNullOrWhiteSpace((string?)resource["name"]), $"a {resource["type"]} has no name");
            // A child resource named "parent/child" has one more name segment than its type has after the namespace.
            var typeSegments = ((string)resource["type"]!).Split('/').Length - 1;
            var name = (string)resource["name"]!;
            if (!ArmTemplate.IsExpression(name))
            {
                Assert.Equal(typeSegments, name.Split('/').Length);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Template_Expressions_AreBalancedAndCallKnownFunctions(string file)
    {
        var template = ArmTemplate.Load(Path.Combine(ArmTemplate.Folder, file));

        var problems = template.Expressions()
            .SelectMany(e => ArmExpression.Check(e).Problems.Select(p => $"{p}: {e}"))
            .ToList();

        Assert.Empty(problems);
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Template_ParametersAndVariables_AreDeclaredAndUsed(string file)
    {
        var template = ArmTemplate.Load(Path.Combine(ArmTemplate.Folder, file));
        var parameters = template.Parameters.Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        var variables = template.Variables.Select(p => p.Key).ToHashSet(StringComparer.Ordinal);

        Assert.Empty(template.Referenced("parameters").Except(parameters));
        Assert.Empty(template.Referenced("variables").Except(variables));
        Assert.Empty(parameters.Except(template.Referenced("parameters")));
        Assert.Empty(variables.Except(template.Referenced("variables")));
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Template_DependsOn_NamesResourceTypesOfTheTemplate(string file)
    {
        var template = ArmTemplate.Load(Path.Combine(ArmTemplate.Folder, file));
        var types = template.Resources.Select(r => (string)r["type"]!).ToHashSet(StringComparer.OrdinalIgnoreCase);

        foreach (var resource in template.Resources)
        {
            foreach (var dependency in resource["dependsOn"]?.AsArray() ?? [])
            {
                var type = Regex.Match((string)dependency!, @"^\[resourceId\('(?<type>[^']+)'").Groups["type"].Value;
                Assert.True(types.Contains(type), $"{resource["name"]} depends on {dependency}, which the template does not deploy");
            }
        }
    }

    [Fact]
    public void Main_AppTypes_AreTheOnesTheBotAccepts()
    {
        var allowed = AllowedValues("appType");

        Assert.Equal(["MultiTenant", "SingleTenant", "UserAssignedMSI"], allowed);
        var validator = new BotAuthenticationOptionsValidator();
        foreach (var appType in allowed)
        {
            var options = new BotAuthenticationOptions
            {
                MicrosoftAppType = appType,
                MicrosoftAppId = "00000000-0000-0000-0000-000000000001",
                MicrosoftAppPassword = appType == "UserAssignedMSI" ? "" : "secret",
                MicrosoftAppTenantId = appType == "MultiTenant" ? "" : "11111111-2222-3333-4444-555555555555",
            };
            Assert.True(validator.Validate(null, options).Succeeded, appType);
        }
    }

    [Fact]
    public void Main_Databases_AreTheStoreProviders()
    {
        Assert.All(AllowedValues("database"), d => Assert.True(Enum.TryParse<StoreProvider>(d, out var p) && p.ToString() == d, d));
        Assert.Equal(Enum.GetNames<StoreProvider>().Order(), AllowedValues("database").Order());
    }

    [Fact]
    public void Main_AzureBot_HasTheTeamsChannelAndTheBotsMessagingEndpoint()
    {
        var template = ArmTemplate.Main;
        var bot = Assert.Single(template.Resources, r => (string?)r["type"] == "Microsoft.BotService/botServices");
        var channel = Assert.Single(template.Resources, r => (string?)r["type"] == "Microsoft.BotService/botServices/channels");

        Assert.Equal("global", (string?)bot["location"]);
        Assert.Equal("azurebot", (string?)bot["kind"]);
        var properties = bot["properties"]!;
        Assert.Matches(@"reference\(resourceId\('Microsoft\.Web/sites', variables\('botAppName'\)\).*'/api/messages'\)\]$", (string?)properties["endpoint"]);
        Assert.Equal("[parameters('appId')]", (string?)properties["msaAppId"]);
        Assert.Equal("[parameters('appType')]", (string?)properties["msaAppType"]);
        Assert.Equal("MsTeamsChannel", (string?)channel["properties"]!["channelName"]);
        Assert.True((bool?)channel["properties"]!["properties"]!["isEnabled"]);
    }

    [Fact]
    public void Main_Plan_IsLinuxAndRunsOneInstanceOnSqlite()
    {
        var template = ArmTemplate.Main;
        var plan = Assert.Single(template.Resources, r => (string?)r["type"] == "Microsoft.Web/serverfarms");

        Assert.Equal("linux", (string?)plan["kind"]);
        Assert.True((bool?)plan["properties"]!["reserved"]);
        Assert.Equal("[variables('instances')]", (string?)plan["sku"]!["capacity"]);
        Assert.Equal("[if(variables('usePostgres'), parameters('instanceCount'), 1)]", (string?)template.Variables["instances"]);
    }

    [Theory]
    [InlineData("botAppName")]
    [InlineData("workerAppName")]
    public void Main_WebApps_RunDotnet10AlwaysOnWithTheShareMounted(string site)
    {
        var template = ArmTemplate.Main;
        var app = template.Site(site);
        var config = app["properties"]!["siteConfig"]!;

        Assert.Equal("app,linux", (string?)app["kind"]);
        Assert.Equal("DOTNETCORE|10.0", (string?)config["linuxFxVersion"]);
        Assert.True((bool?)config["alwaysOn"]);
        Assert.True((bool?)app["properties"]!["httpsOnly"]);
        var mount = Assert.Single(config["azureStorageAccounts"]!.AsObject()).Value!;
        Assert.Equal("AzureFiles", (string?)mount["type"]);
        Assert.Equal("[variables('mountPath')]", (string?)mount["mountPath"]);
        Assert.Equal("[variables('shareName')]", (string?)mount["shareName"]);
        // The SQLite file and the exports folder are on the mounted share.
        Assert.StartsWith("[concat('Data Source=', variables('mountPath')", (string?)template.Variables["sqliteConnectionString"]);
        Assert.StartsWith("[concat(variables('mountPath')", (string?)template.Variables["exportsFolder"]);
    }

    [Fact]
    public void Main_Postgres_IsDeployedOnlyWhenChosen()
    {
        var template = ArmTemplate.Main;

        var postgres = template.Resources.Where(r => ((string)r["type"]!).StartsWith("Microsoft.DBforPostgreSQL/", StringComparison.Ordinal)).ToList();

        Assert.Equal(3, postgres.Count);
        Assert.All(postgres, r => Assert.Equal("[variables('usePostgres')]", (string?)r["condition"]));
        Assert.Equal("[equals(parameters('database'), 'Postgres')]", (string?)template.Variables["usePostgres"]);
    }

    [Fact]
    public void Main_BotHealthCheck_IsTheBotsHealthEndpoint()
    {
        Assert.Equal("/healthz", (string?)ArmTemplate.Main.Site("botAppName")["properties"]!["siteConfig"]!["healthCheckPath"]);
    }

    private static List<string> AllowedValues(string parameter) =>
        ArmTemplate.Main.Parameters[parameter]!["allowedValues"]!.AsArray().Select(v => (string)v!).ToList();

    private static bool IsExpression(JsonNode value) =>
        value.GetValueKind() == JsonValueKind.String && ArmTemplate.IsExpression(value.GetValue<string>());

    private static bool Fits(string type, JsonNode value) => type.ToLowerInvariant() switch
    {
        "string" or "securestring" => value.GetValueKind() == JsonValueKind.String,
        "int" => value.GetValueKind() == JsonValueKind.Number,
        "bool" => value.GetValueKind() is JsonValueKind.True or JsonValueKind.False,
        "array" => value is JsonArray,
        _ => value is JsonObject,
    };
}
