namespace KarmayogiBot.Domain.Officers;

/// <summary>An officer with their iGOT profile facts and course records: what the rules need to judge them.</summary>
public sealed record OfficerRecords(Officer Officer, IgotProfile? Profile, IReadOnlyList<StoredCourseRecord> Records);
