namespace KarmayogiBot.Domain.Compliance;

public enum RequirementStatus
{
    /// <summary>Completed (or passed).</summary>
    Done,

    /// <summary>Not yet completed; the last day has not passed.</summary>
    Pending,

    /// <summary>Not completed and the last day has passed.</summary>
    Overdue,
}
