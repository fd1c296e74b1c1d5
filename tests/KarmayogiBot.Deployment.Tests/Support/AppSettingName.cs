namespace KarmayogiBot.Deployment.Tests.Support;

/// <summary>
/// App Service passes app settings to the process as environment variables, and .NET's environment-variable
/// configuration turns <c>__</c> into the section separator: <c>Store__Provider</c> is <c>Store:Provider</c>.
/// </summary>
public static class AppSettingName
{
    public static string ToConfigurationKey(string appSettingName) => appSettingName.Replace("__", ":", StringComparison.Ordinal);
}
