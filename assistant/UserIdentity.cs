namespace KarmayogiBot.Assistant;

/// <summary>Who is asking, as the channel knows them (Teams: the member look-up). Any part may be unknown.</summary>
/// <param name="Key">A stable key for the user: the Entra object id, else the channel's user id.</param>
public sealed record UserIdentity(string Key, string? Name, string? Email, string? UserPrincipalName, string? AadObjectId);
