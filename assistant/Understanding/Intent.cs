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

    /// <summary>The mandated courses that are not in the Comprehensive Assessment.</summary>
    AssessmentExcluded,
    Deadline,
    Designation,
    PlanNotVisible,
    Status,
    Topic,
    Plan2024,
    Emerging2023,

    /// <summary>The 2024-25 "relevant for" table, by posting or by course.</summary>
    RelevantFor,

    /// <summary>The 21 CBIC-developed courses of 2024-25 and the 4 added later.</summary>
    DomainCourses,

    /// <summary>"What next?", "ok": the officer's next step.</summary>
    NextStep,

    /// <summary>A question the circulars leave open (<see cref="Understood.Open"/>).</summary>
    OpenQuestion,

    /// <summary>A plan the catalog does not hold (2026-27 today).</summary>
    NoPlan,

    /// <summary>A circular named by its date and nothing else understood ("what does the DoPT OM of 20.01.2026 say?"): <see cref="Understood.Circular"/>, or none when no circular bears the date (<see cref="Understood.Argument"/>).</summary>
    Circular,

    /// <summary>Two readings about as likely: the bot asks which was meant.</summary>
    Clarify,

    /// <summary>Another officer's record, asked by name.</summary>
    OtherOfficer,

    /// <summary>The user tells their designation or formation (often answering the bot's question).</summary>
    Introduce,
    ZoneSummary,
    Defaulters,
    Export,

    /// <summary>The fortnightly report for NACIN's iGOT Cell: the courses the zone's officers completed since the previous report, as an .xlsx.</summary>
    NacinReport,
    NudgeStatus,

    /// <summary>"My team": the compliance of the officers whose reporting officer the asker is.</summary>
    Team,

    /// <summary>The .xlsx of the asker's team.</summary>
    TeamExport,
}
