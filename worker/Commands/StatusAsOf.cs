using System.Globalization;
using KarmayogiBot.Domain.Time;

namespace KarmayogiBot.Worker.Commands;

/// <summary>The <c>--as-of</c> day of status and summary: yyyy-mm-dd, or today in India (Asia/Kolkata).</summary>
internal static class StatusAsOf
{
    public static DateOnly Parse(string? text, TimeProvider clock)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return IndiaCalendar.Today(clock);
        }

        return DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : throw new CommandLineException($"--as-of '{text}' is not a date (yyyy-mm-dd)");
    }
}
