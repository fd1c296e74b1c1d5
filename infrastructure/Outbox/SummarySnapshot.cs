namespace KarmayogiBot.Infrastructure.Outbox;

/// <summary>A zone's figures as sent in one summary, kept to show the change in the next one.</summary>
/// <param name="ScopeKey">"zone:&lt;zone key&gt;" or "all".</param>
public sealed record SummarySnapshot(
    string ScopeKey,
    DateOnly Day,
    string CycleId,
    int Officers,
    int Compliant,
    int AssessmentPassed,
    int DesignationCorrect,
    int Overdue,
    int UnknownRole);
