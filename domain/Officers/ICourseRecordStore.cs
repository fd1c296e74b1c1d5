namespace KarmayogiBot.Domain.Officers;

/// <summary>Course records and iGOT profile facts, read together with the officer (records are written by imports).</summary>
public interface ICourseRecordStore
{
    /// <summary>One officer's records; null when there is no such officer.</summary>
    Task<OfficerRecords?> GetAsync(string employeeCode, CancellationToken cancellationToken = default);

    /// <summary>Every officer of the scope with their records, ordered by employee code; a fixed number of queries whatever the size.</summary>
    Task<IReadOnlyList<OfficerRecords>> ListAsync(OfficerScope scope, CancellationToken cancellationToken = default);

    /// <summary>The officers whose reporting officer is <paramref name="reportingOfficerCode"/> (employee codes matched case-insensitively), with their records, ordered by employee code.</summary>
    Task<IReadOnlyList<OfficerRecords>> ListReportsAsync(string reportingOfficerCode, CancellationToken cancellationToken = default);
}
