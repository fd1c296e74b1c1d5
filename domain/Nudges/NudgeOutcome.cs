namespace KarmayogiBot.Domain.Nudges;

/// <summary>What the rules decided for one officer at one instant.</summary>
public enum NudgeOutcome
{
    /// <summary>Send a nudge now.</summary>
    Nudge,

    /// <summary>Pending, but the cadence says not yet (or the officer was nudged today).</summary>
    NotDue,

    /// <summary>Pending, but the officer asked to be reminded later ("Remind me in a week") and that day has not come.</summary>
    Snoozed,

    /// <summary>Fully compliant: no nudge, ever.</summary>
    Compliant,

    /// <summary>The roster designation or formation gives no role, so what is pending is not known.</summary>
    RoleUnknown,

    /// <summary>Not office time (outside office hours, a weekend, a holiday): nobody is nudged.</summary>
    Closed,
}
