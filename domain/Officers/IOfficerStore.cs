namespace KarmayogiBot.Domain.Officers;

/// <summary>Officers: who is who. Rosters are written by the import; the bot links Teams identities.</summary>
public interface IOfficerStore
{
    Task<Officer?> FindByEmployeeCodeAsync(string employeeCode, CancellationToken cancellationToken = default);

    /// <summary>By government e-mail or Entra UPN, case-insensitive.</summary>
    Task<Officer?> FindByEmailAsync(string emailOrUpn, CancellationToken cancellationToken = default);

    Task<Officer?> FindByAadObjectIdAsync(string aadObjectId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<Officer>> ListAsync(OfficerScope scope, CancellationToken cancellationToken = default);

    /// <summary>Adds or replaces one officer (keyed by employee code).</summary>
    Task SaveAsync(Officer officer, CancellationToken cancellationToken = default);

    /// <summary>Records the Entra object id and Teams user id; false when there is no such officer.</summary>
    Task<bool> LinkTeamsIdentityAsync(string employeeCode, string aadObjectId, string teamsUserId, CancellationToken cancellationToken = default);
}
