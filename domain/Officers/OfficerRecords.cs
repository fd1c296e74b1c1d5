namespace KarmayogiBot.Domain.Officers;

/// <summary>An officer with their iGOT profile facts and course records: what the rules need to judge them.</summary>
public sealed record OfficerRecords(Officer Officer, IgotProfile? Profile, IReadOnlyList<StoredCourseRecord> Records)
{
    /// <summary>
    /// No iGOT report imported has an account for the officer (no UserReport row, no course record): as far as the bot
    /// knows they are not registered on iGOT, which the Finance Minister's direction of 29.08.2024 asks of every officer.
    /// </summary>
    public bool NoIgotAccount => Profile is null && Records.Count == 0;
}
