using KarmayogiBot.Domain.Officers;

namespace KarmayogiBot.Bot.Caching;

/// <summary>The roster as the bot reads it on every turn (who is speaking, their zone's nodal officer), through a <see cref="ReadCache"/>; writes pass through and drop the cache.</summary>
public sealed class CachingOfficerStore(IOfficerStore store, ReadCache cache) : IOfficerStore
{
    public Task<Officer?> FindByEmployeeCodeAsync(string employeeCode, CancellationToken cancellationToken = default) =>
        cache.GetOrReadAsync($"code:{employeeCode}", ct => store.FindByEmployeeCodeAsync(employeeCode, ct), cancellationToken);

    public Task<Officer?> FindByEmailAsync(string emailOrUpn, CancellationToken cancellationToken = default) =>
        cache.GetOrReadAsync($"email:{emailOrUpn.ToLowerInvariant()}", ct => store.FindByEmailAsync(emailOrUpn, ct), cancellationToken);

    public Task<Officer?> FindByAadObjectIdAsync(string aadObjectId, CancellationToken cancellationToken = default) =>
        cache.GetOrReadAsync($"aad:{aadObjectId}", ct => store.FindByAadObjectIdAsync(aadObjectId, ct), cancellationToken);

    /// <summary>A zone's or formation's roster is cached; the whole roster (every zone) is read from the store, never held.</summary>
    public Task<IReadOnlyList<Officer>> ListAsync(OfficerScope scope, CancellationToken cancellationToken = default) =>
        scope.Zone is null && scope.Formation is null
            ? store.ListAsync(scope, cancellationToken)
            : cache.GetOrReadAsync($"list:{scope.Zone?.ToLowerInvariant()}|{scope.Formation?.ToLowerInvariant()}", ct => store.ListAsync(scope, ct), cancellationToken);

    public async Task SaveAsync(Officer officer, CancellationToken cancellationToken = default)
    {
        try
        {
            await store.SaveAsync(officer, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            cache.Invalidate();
        }
    }

    public async Task<bool> LinkTeamsIdentityAsync(string employeeCode, string aadObjectId, string teamsUserId, CancellationToken cancellationToken = default)
    {
        try
        {
            return await store.LinkTeamsIdentityAsync(employeeCode, aadObjectId, teamsUserId, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            cache.Invalidate();
        }
    }
}
