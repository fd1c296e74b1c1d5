namespace KarmayogiBot.Domain.Reporting;

/// <summary>Counts of officers in a zone, formation or role (added up by <see cref="ZoneTally"/>).</summary>
/// <param name="UnknownRole">Officers whose designation gave no role (unknown, or ambiguous for want of a recognisable formation).</param>
public sealed record SummaryCounts(int Officers, int Compliant, int AssessmentPassed, int DesignationCorrect, int Overdue, int UnknownRole)
{
    public int NotCompliant => Officers - Compliant;
}
