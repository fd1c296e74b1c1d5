using KarmayogiBot.Domain.Officers;

namespace KarmayogiBot.Bot.Caching;

/// <summary>An officer's own records as the bot reads them for status and course answers, through a <see cref="ReadCache"/>; listings are not cached.</summary>
public sealed class CachingCourseRecordStore(ICourseRecordStore store, ReadCache cache) : ICourseRecordStore
{
    public Task<OfficerRecords?> GetAsync(string employeeCode, CancellationToken cancellationToken = default) =>
        cache.GetOrReadAsync($"records:{employeeCode}", ct => store.GetAsync(employeeCode, ct), cancellationToken);

    public Task<IReadOnlyList<OfficerRecords>> ListAsync(OfficerScope scope, CancellationToken cancellationToken = default) =>
        store.ListAsync(scope, cancellationToken);

    public Task<IReadOnlyList<OfficerRecords>> ListReportsAsync(string reportingOfficerCode, CancellationToken cancellationToken = default) =>
        store.ListReportsAsync(reportingOfficerCode, cancellationToken);
}
