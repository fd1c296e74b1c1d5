namespace KarmayogiBot.Domain.Reporting;

/// <summary>Counts of officers in a zone, formation or role (added up by <see cref="ZoneTally"/>).</summary>
/// <param name="UnknownRole">Officers whose designation gave no role (unknown, or ambiguous for want of a recognisable formation).</param>
/// <param name="Registered">Officers iGOT knows (an account in the imported reports): the FM's direction of 29.08.2024 and NACIN's letter of 20.09.2024 ask that all register.</param>
public sealed record SummaryCounts(int Officers, int Compliant, int AssessmentPassed, int DesignationCorrect, int Overdue, int UnknownRole, int Registered = 0)
{
    public int NotCompliant => Officers - Compliant;

    public int NotRegistered => Officers - Registered;
}
