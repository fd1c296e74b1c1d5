namespace KarmayogiBot.Assistant.Understanding;

/// <summary>What a user's turn asks for.</summary>
public enum Intent
{
    Unknown,
    Greeting,
    Thanks,
    Help,
    Courses,
    Assessment,
    Deadline,
    Designation,
    PlanNotVisible,
    Status,
    Topic,
    Plan2024,
    Emerging2023,

    /// <summary>The user tells their designation or formation (often answering the bot's question).</summary>
    Introduce,
    ZoneSummary,
    Defaulters,
    Export,
    NudgeStatus,
}
