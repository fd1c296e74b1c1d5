namespace KarmayogiBot.Domain.Officers;

/// <summary>What the officer's iGOT profile said in the latest report read.</summary>
/// <param name="Designation">The designation selected on iGOT; empty or null when none. A wrong one hides the training plan.</param>
/// <param name="Group">"GROUP A", "GROUP B", ...</param>
/// <param name="ProfileStatus">"VERIFIED", "NOT-MY-USER", ... (UserReport only).</param>
/// <param name="ReportedAt">The report's Report_Last_Generated_On, India time.</param>
public sealed record IgotProfile(string? Designation, string? Group, string? ProfileStatus, DateTime ReportedAt);
