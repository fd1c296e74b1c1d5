using System.Globalization;

namespace KarmayogiBot.Assistant;

/// <summary>Picks the English or Hindi wording, and writes dates and day counts the way the circulars do.</summary>
public static class Say
{
    /// <summary>The igotkarmayogi.gov.in portal, as the iGOT self sign-up manual names it.</summary>
    public const string IgotPortal = "https://igotkarmayogi.gov.in";

    public static string In(Language language, string english, string hindi) => language == Language.Hindi ? hindi : english;

    /// <summary>"1 officer", "2 officers": a count with its noun in English number.</summary>
    public static string Count(int count, string one, string many) => $"{count.ToString(CultureInfo.InvariantCulture)} {(count == 1 ? one : many)}";

    /// <summary>31.03.2026, as the circulars write dates.</summary>
    public static string Date(DateOnly day) => day.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    /// <summary>"11 days left", "last day today", "passed 3 days ago", in the user's language.</summary>
    public static string DaysLeft(Language language, DateOnly deadline, DateOnly today)
    {
        var days = deadline.DayNumber - today.DayNumber;
        return days switch
        {
            > 1 => In(language, $"{days} days left", $"{days} दिन शेष"),
            1 => In(language, "1 day left", "1 दिन शेष"),
            0 => In(language, "today is the last day", "आज अंतिम दिन है"),
            -1 => In(language, "the deadline passed yesterday", "अंतिम तिथि कल निकल गई"),
            _ => In(language, $"the deadline passed {-days} days ago", $"अंतिम तिथि {-days} दिन पहले निकल चुकी है"),
        };
    }

    public static string SourcePrefix(Language language) => In(language, "Source", "स्रोत");
}
