namespace KarmayogiBot.Worker.Tests.Support;

/// <summary>A Teams user the loopback connector knows: their employee code (the key), name, e-mail and Entra object id.</summary>
public sealed record ConnectorUser(string Key, string Name, string Email, string AadObjectId)
{
    /// <summary>The Teams user id (29:…), made from the object id.</summary>
    public string Id => "29:" + AadObjectId.Replace("-", "", StringComparison.Ordinal)[..24];
}
