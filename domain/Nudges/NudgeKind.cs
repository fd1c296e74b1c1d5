namespace KarmayogiBot.Domain.Nudges;

/// <summary>Which message an officer with pending courses gets.</summary>
public enum NudgeKind
{
    /// <summary>Something is pending and its last day has not passed.</summary>
    Reminder,

    /// <summary>The last day of something pending has passed.</summary>
    Overdue,
}
