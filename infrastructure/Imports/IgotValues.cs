using System.Globalization;
using KarmayogiBot.Domain.Compliance;

namespace KarmayogiBot.Infrastructure.Imports;

/// <summary>The value formats of the iGOT reports (columns.txt, "Value formats"), every generation.</summary>
internal static class IgotValues
{
    private static readonly string[] DateTimeFormats =
    [
        "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd H:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd HH:mm:ss.FFFFFFF",
        "dd/MM/yyyy HH:mm:ss", "dd/MM/yyyy H:mm:ss", "dd-MM-yyyy HH:mm:ss", "dd/MM/yyyy HH:mm", "yyyy-MM-dd", "dd/MM/yyyy", "dd-MM-yyyy", "dd/MM/yy",
    ];

    /// <summary>
    /// Report_Last_Generated_On: PySpark "yyyy-MM-dd HH:mm:ss a", Scala "dd/MM/yyyy HH:mm:ss a". The hour is
    /// already 24-hour (HH) and the AM/PM marker redundant, but a 12-hour clock is read right too.
    /// </summary>
    public static bool TryParseTimestamp(string text, out DateTime value)
    {
        var trimmed = text.AsSpan().Trim();
        var meridiem = 0;
        if (trimmed.Length > 3 && (trimmed.EndsWith(" AM", StringComparison.OrdinalIgnoreCase) || trimmed.EndsWith(" PM", StringComparison.OrdinalIgnoreCase)))
        {
            meridiem = char.ToUpperInvariant(trimmed[^2]) == 'P' ? 2 : 1;
            trimmed = trimmed[..^3].TrimEnd();
        }

        if (!DateTime.TryParseExact(trimmed, DateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out value))
        {
            return false;
        }

        if (meridiem == 2 && value.Hour < 12)
        {
            value = value.AddHours(12);
        }
        else if (meridiem == 1 && value.Hour == 12)
        {
            value = value.AddHours(-12);
        }

        value = DateTime.SpecifyKind(value, DateTimeKind.Unspecified);
        return true;
    }

    /// <summary>Completed_On ("yyyy-MM-dd HH:mm:ss") or a date ("yyyy-MM-dd", "dd/MM/yy", ...): the day.</summary>
    public static bool TryParseDay(string text, out DateOnly? day)
    {
        day = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (TryParseTimestamp(text, out var value))
        {
            day = DateOnly.FromDateTime(value);
            return true;
        }

        return false;
    }

    /// <summary>not-started | in-progress | completed (ConsumptionReport); Not Started | In Progress | Completed | Not Enrolled (CBP report).</summary>
    public static bool TryParseStatus(string text, out CourseProgress progress)
    {
        Span<char> letters = stackalloc char[Math.Min(text.Length, 32)];
        var count = 0;
        foreach (var c in text)
        {
            if (char.IsLetter(c) && count < letters.Length)
            {
                letters[count++] = char.ToLowerInvariant(c);
            }
        }

        switch (letters[..count])
        {
            case "completed" or "complete":
                progress = CourseProgress.Completed;
                return true;
            case "inprogress":
                progress = CourseProgress.InProgress;
                return true;
            case "notstarted" or "notenrolled" or "enrolled":
                progress = CourseProgress.NotStarted;
                return true;
            default:
                progress = CourseProgress.NotStarted;
                return false;
        }
    }

    /// <summary>0.0 to 100.0; empty means what the status implies (100 when completed, else 0).</summary>
    public static bool TryParsePercent(string text, CourseProgress progress, out decimal percent)
    {
        var trimmed = text.AsSpan().Trim().TrimEnd('%');
        if (trimmed.IsEmpty)
        {
            percent = progress == CourseProgress.Completed ? 100m : 0m;
            return true;
        }

        if (decimal.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out percent) && percent is >= 0 and <= 100)
        {
            percent = Math.Round(percent, 2);
            return true;
        }

        return false;
    }
}
