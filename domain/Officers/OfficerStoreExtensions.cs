namespace KarmayogiBot.Domain.Officers;

public static class OfficerStoreExtensions
{
    /// <summary>The roster officer with this Entra object id, else with one of these e-mail addresses or UPNs; null when none.</summary>
    public static async Task<Officer?> FindByIdentityAsync(this IOfficerStore officers, string? aadObjectId, IEnumerable<string?> addresses, CancellationToken cancellationToken = default)
    {
        if (aadObjectId is { Length: > 0 } && await officers.FindByAadObjectIdAsync(aadObjectId, cancellationToken) is { } byAad)
        {
            return byAad;
        }

        foreach (var address in addresses)
        {
            if (address is { Length: > 0 } && await officers.FindByEmailAsync(address, cancellationToken) is { } byEmail)
            {
                return byEmail;
            }
        }

        return null;
    }
}
