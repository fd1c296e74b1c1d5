namespace KarmayogiBot.Domain.Officers;

/// <summary>The kind of file an import read.</summary>
public enum ImportKind
{
    /// <summary>The zone's HR roster.</summary>
    Roster,

    /// <summary>iGOT ConsumptionReport.csv (enrolments and progress).</summary>
    IgotConsumption,

    /// <summary>iGOT CBPEnrollmentReport.csv (CBP plan allotment and progress).</summary>
    IgotCbpEnrolment,

    /// <summary>iGOT UserReport.csv (profiles).</summary>
    IgotUsers,
}
