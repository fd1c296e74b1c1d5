using KarmayogiBot.Domain.Reporting;

namespace KarmayogiBot.Assistant.Answers;

/// <summary>What a zone summary says about the age of its data: the newest iGOT report's date, and a warning when it is old.</summary>
public static class ReportDateAnswers
{
    /// <summary>The date the figures reflect, or that no iGOT report is imported yet.</summary>
    public static string AsOf(ReportAge age, Language language) => age.Newest is { } newest
        ? Say.In(language,
            $"From the iGOT report of {Say.Date(newest)}; courses completed since show from the next import.",
            $"{Say.Date(newest)} की iGOT रिपोर्ट के अनुसार; उसके बाद पूरे किए गए पाठ्यक्रम अगले आयात से दिखेंगे।")
        : Say.In(language,
            "No iGOT report imported yet: every officer shows as not registered and nothing done.",
            "अभी कोई iGOT रिपोर्ट आयात नहीं हुई है: हर अधिकारी अपंजीकृत और बिना किसी पूर्ण पाठ्यक्रम के दिखता है।");

    /// <summary>The warning when the newest report is older than the configured age on <paramref name="asOf"/>; null otherwise.</summary>
    public static string? Warning(ReportAge age, DateOnly asOf, Language language) => age.IsStale(asOf)
        ? Say.In(language,
            $"Warning: that report is {age.DaysOld(asOf)} days old (more than {age.StaleAfterDays}): import a newer one from iGOT.",
            $"चेतावनी: यह रिपोर्ट {age.DaysOld(asOf)} दिन पुरानी है ({age.StaleAfterDays} दिन से अधिक): iGOT से नई रिपोर्ट आयात करें।")
        : null;
}
