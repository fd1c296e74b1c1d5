using KarmayogiBot.Domain.Officers;

namespace KarmayogiBot.Assistant;

/// <summary>How a channel's user is matched to the roster: by Entra object id, else by e-mail or UPN.</summary>
public static class OfficerIdentification
{
    /// <summary>The roster officer <paramref name="user"/> is, or null. A user whose identity the channel could not
    /// confirm carries no object id or e-mail, and so is never matched.</summary>
    public static Task<Officer?> FindOfficerAsync(this IOfficerStore officers, UserIdentity user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(officers);
        ArgumentNullException.ThrowIfNull(user);
        return officers.FindByIdentityAsync(user.AadObjectId, [user.Email, user.UserPrincipalName], cancellationToken);
    }
}
