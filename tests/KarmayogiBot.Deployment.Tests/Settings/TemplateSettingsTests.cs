using KarmayogiBot.Deployment.Tests.Support;

namespace KarmayogiBot.Deployment.Tests.Settings;

/// <summary>
/// The app settings deploymentTemplates/azuredeploy.json writes against what the code reads: each is read (the bot
/// host and the worker's services run with them present and a recording configuration source last), and every
/// setting a deployment needs (<see cref="DeploymentSettings"/>) is written.
/// </summary>
public sealed class TemplateSettingsTests
{
    private static readonly Lazy<Task<ConfigurationReads>> BotReads = new(() => RecordBotAsync(BotKeys));

    private static readonly Lazy<ConfigurationReads> WorkerReads = new(() => RecordWorker(WorkerKeys));

    private static IReadOnlyList<string> BotKeys => Keys(DeploymentSettings.BotSite);

    private static IReadOnlyList<string> WorkerKeys => Keys(DeploymentSettings.WorkerSite);

    [Fact]
    public async Task BotApp_EverySettingTheTemplateWrites_IsReadByTheBot()
    {
        var reads = await BotReads.Value;

        Assert.Empty(Unread(BotKeys, reads));
    }

    [Fact]
    public void WorkerApp_EverySettingTheTemplateWrites_IsReadByTheWorker()
    {
        Assert.Empty(Unread(WorkerKeys, WorkerReads.Value));
    }

    [Fact]
    public void BotApp_EverySettingADeploymentNeeds_IsWritten()
    {
        Assert.Empty(DeploymentSettings.RequiredForBot.Keys.Except(BotKeys, StringComparer.OrdinalIgnoreCase));
    }

    [Fact]
    public void WorkerApp_EverySettingADeploymentNeeds_IsWritten()
    {
        Assert.Empty(DeploymentSettings.RequiredForWorker.Keys.Except(WorkerKeys, StringComparer.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task RequiredSettings_AreReadByTheCode()
    {
        // A setting declared required must be one the code reads; otherwise the declaration is stale.
        var bot = await RecordBotAsync(DeploymentSettings.RequiredForBot.Keys);
        var worker = RecordWorker(DeploymentSettings.RequiredForWorker.Keys);

        Assert.Empty(Unread(DeploymentSettings.RequiredForBot.Keys, bot));
        Assert.Empty(Unread(DeploymentSettings.RequiredForWorker.Keys, worker));
    }

    [Fact]
    public async Task Recording_ASettingNothingReads_IsReportedUnread()
    {
        // The check can fail: misspelt or invented settings next to real ones are not read by anything.
        string[] bot = [.. DeploymentSettings.RequiredForBot.Keys, "Exports:BaseUri", "Bot:MaxRetries", "Store:Database", "WorkerCount"];
        string[] worker = [.. DeploymentSettings.RequiredForWorker.Keys, "Exports:BaseUri", "Worker:Nudges:Schedule", "Teams:Tenant"];

        var botReads = await RecordBotAsync(bot);
        var workerReads = RecordWorker(worker);

        Assert.Equal(["Bot:MaxRetries", "Exports:BaseUri", "Store:Database", "WorkerCount"], Unread(bot, botReads).Order(StringComparer.Ordinal));
        Assert.Equal(["Exports:BaseUri", "Teams:Tenant", "Worker:Nudges:Schedule"], Unread(worker, workerReads).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void BotAndWorker_SharedSettings_HaveTheSameValue()
    {
        var template = ArmTemplate.Main;
        var bot = template.Site(DeploymentSettings.BotSite);
        var worker = template.Site(DeploymentSettings.WorkerSite);

        var shared = ArmTemplate.AppSettingNames(bot).Intersect(ArmTemplate.AppSettingNames(worker)).ToList();

        Assert.Equal(DeploymentSettings.RequiredForBot.Count, shared.Count);
        Assert.All(shared, name => Assert.Equal(ArmTemplate.AppSettingValue(bot, name), ArmTemplate.AppSettingValue(worker, name)));
    }

    private static IReadOnlyList<string> Keys(string site) =>
        ArmTemplate.AppSettingNames(ArmTemplate.Main.Site(site)).Select(AppSettingName.ToConfigurationKey).ToList();

    private static List<string> Unread(IEnumerable<string> keys, ConfigurationReads reads) =>
        keys.Where(key => !reads.Values.Contains(key, StringComparer.OrdinalIgnoreCase)).ToList();

    private static async Task<ConfigurationReads> RecordBotAsync(IEnumerable<string> keys)
    {
        using var folder = new TempFolder();
        return await BotConfigurationReads.RecordAsync(SampleSettings.For(keys, folder.Path));
    }

    private static ConfigurationReads RecordWorker(IEnumerable<string> keys)
    {
        using var folder = new TempFolder();
        return WorkerConfigurationReads.Record(SampleSettings.For(keys, folder.Path));
    }
}
