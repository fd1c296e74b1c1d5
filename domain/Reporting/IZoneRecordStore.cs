using KarmayogiBot.Domain.Officers;

namespace KarmayogiBot.Domain.Reporting;

/// <summary>The port a store implements for zone summaries: every officer of a scope with what the rules need, in one bulk read.</summary>
public interface IZoneRecordStore
{
    /// <summary>
    /// The officers of <paramref name="scope"/>, by employee code, with their iGOT profile designation and each course's
    /// progress (records not started may be left out: to the rules they are the same as none). Certificates, source
    /// files and report times may be left out too.
    /// </summary>
    /// <param name="withCompletionDays">Whether the completed records must carry the day of completion (plans that count courses by date).</param>
    Task<IReadOnlyList<OfficerRecords>> ReadAsync(OfficerScope scope, bool withCompletionDays, CancellationToken cancellationToken = default);
}
