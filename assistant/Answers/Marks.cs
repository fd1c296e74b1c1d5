using KarmayogiBot.Domain.Compliance;

namespace KarmayogiBot.Assistant.Answers;

/// <summary>The done / pending / overdue marks shown beside courses.</summary>
public static class Marks
{
    public const string Assessed = "★";

    public static string Of(RequirementStatus? status) => status switch
    {
        RequirementStatus.Done => "✅",
        RequirementStatus.Pending => "⏳",
        RequirementStatus.Overdue => "❌",
        _ => "•",
    };

    /// <summary>For a course when nothing has been imported for the officer: not overdue, just not known.</summary>
    public static string NoRecord(Language language) => Say.In(language, "no iGOT record yet", "अभी कोई iGOT अभिलेख नहीं");

    public static string Word(Language language, RequirementStatus status) => status switch
    {
        RequirementStatus.Done => Say.In(language, "done", "पूर्ण"),
        RequirementStatus.Pending => Say.In(language, "pending", "लंबित"),
        _ => Say.In(language, "overdue", "समय-सीमा पार"),
    };
}
