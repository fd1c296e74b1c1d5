namespace KarmayogiBot.Deployment.Tests.Settings;

/// <summary>
/// The settings a deployment must write, for each app, and why: the code reads each of them (a test checks that),
/// and its default is wrong or unsafe in Azure.
/// </summary>
public static class DeploymentSettings
{
    /// <summary>The web app resources of deploymentTemplates/azuredeploy.json, by the variable that names them.</summary>
    public const string BotSite = "botAppName";

    public const string WorkerSite = "workerAppName";

    private static readonly Dictionary<string, string> Shared = new(StringComparer.OrdinalIgnoreCase)
    {
        ["MicrosoftAppType"] = "the identity kind; the default (MultiTenant) is wrong for SingleTenant and UserAssignedMSI bots",
        ["MicrosoftAppId"] = "empty turns authentication off: anyone could post to /api/messages",
        ["MicrosoftAppPassword"] = "the client secret of MultiTenant and SingleTenant bots (empty for UserAssignedMSI)",
        ["MicrosoftAppTenantId"] = "SingleTenant and UserAssignedMSI bots need their tenant",
        ["Store:Provider"] = "PostgreSQL must be named; the default is SQLite",
        ["ConnectionStrings:Karmayogi"] = "without it SQLite goes to the app's local folder: lost on restart and not shared between the bot and the worker",
        ["Exports:BaseUrl"] = "the default is http://localhost:3978: download links in cards would point nowhere",
        ["Exports:SigningKey"] = "empty means a random key per process: links made by the worker or another instance would not verify",
        ["Exports:Folder"] = "the default is the temp folder of each process: the bot could not serve what the worker wrote",
    };

    public static IReadOnlyDictionary<string, string> RequiredForBot => Shared;

    public static IReadOnlyDictionary<string, string> RequiredForWorker { get; } = new Dictionary<string, string>(Shared, StringComparer.OrdinalIgnoreCase)
    {
        ["Teams:TenantId"] = "its default is MicrosoftAppTenantId, empty for MultiTenant bots: the worker could not open a chat with an officer who never wrote to the bot",
    };
}
