using System.Globalization;
using KarmayogiBot.Domain.Time;

namespace KarmayogiBot.Worker.Commands;

/// <summary>
/// The <c>--as-of</c> of <c>nudge</c> and <c>summaries</c>: an ISO 8601 date-time with an offset
/// (2026-03-20T11:00:00+05:30; a Z or no offset at all is UTC / India time respectively), or a date (2026-03-20), which
/// means that day at the opening of office hours in India. Without it: now.
/// </summary>
public static class PassInstant
{
    public static DateTimeOffset Parse(string? text, TimeOnly officeOpens, TimeProvider clock)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return clock.GetUtcNow();
        }

        text = text.Trim();
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return AtIndia(day.ToDateTime(officeOpens));
        }

        var hasOffset = text.EndsWith('Z') || text.LastIndexOfAny(['+', '-']) > text.IndexOf('T', StringComparison.Ordinal) && text.Contains('T', StringComparison.Ordinal);
        if (hasOffset && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant))
        {
            return instant;
        }

        if (!hasOffset && DateTime.TryParseExact(text, ["yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm:ss.FFFFFFF"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return AtIndia(local);
        }

        throw new CommandLineException($"--as-of '{text}' is neither a date (2026-03-20) nor an ISO 8601 date-time (2026-03-20T11:00:00+05:30)");
    }

    private static DateTimeOffset AtIndia(DateTime local) => new(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), TimeSpan.FromHours(5.5));

    /// <summary>"20.03.2026 11:00 IST".</summary>
    public static string Describe(DateTimeOffset instant) => IndiaCalendar.ToIndia(instant).ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture) + " IST";
}
