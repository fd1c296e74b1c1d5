namespace KarmayogiBot.Deployment.Tests.Support;

/// <summary>
/// Values that let a host start with a template's settings present (authentication off so that a test activity
/// needs no token, SQLite in a temp folder). A key not listed gets "1": a setting nothing reads stays unread whatever its value.
/// </summary>
public static class SampleSettings
{
    public static Dictionary<string, string?> For(IEnumerable<string> configurationKeys, string folder)
    {
        var known = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["MicrosoftAppType"] = "MultiTenant",
            ["MicrosoftAppId"] = "",
            ["MicrosoftAppPassword"] = "",
            ["MicrosoftAppTenantId"] = "",
            ["Store:Provider"] = "Sqlite",
            ["ConnectionStrings:Karmayogi"] = $"Data Source={Path.Combine(folder, "karmayogi.db")};Pooling=False",
            ["Exports:BaseUrl"] = "https://karmayogibot.example",
            ["Exports:SigningKey"] = "a-signing-key-for-tests",
            ["Exports:Folder"] = Path.Combine(folder, "exports"),
            ["Teams:ServiceUrl"] = "https://smba.trafficmanager.net/teams/",
            ["Teams:TenantId"] = "11111111-2222-3333-4444-555555555555",
        };
        return configurationKeys.Distinct(StringComparer.OrdinalIgnoreCase)
            .ToDictionary(key => key, key => known.TryGetValue(key, out var value) ? value : "1", StringComparer.OrdinalIgnoreCase);
    }
}
