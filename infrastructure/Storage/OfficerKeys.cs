namespace KarmayogiBot.Infrastructure.Storage;

/// <summary>The normalised keys officers are looked up by: e-mail (case-insensitive), mobile (last ten digits), names of zones and formations.</summary>
public static class OfficerKeys
{
    public static string? Email(string? email) =>
        string.IsNullOrWhiteSpace(email) ? null : email.Trim().ToLowerInvariant();

    /// <summary>The digits of a phone number without the country code or leading zero (last ten digits); null when too short to be a number.</summary>
    public static string? Mobile(string? mobile)
    {
        if (string.IsNullOrWhiteSpace(mobile))
        {
            return null;
        }

        Span<char> digits = stackalloc char[Math.Min(mobile.Length, 64)];
        var count = 0;
        foreach (var c in mobile)
        {
            if (char.IsAsciiDigit(c) && count < digits.Length)
            {
                digits[count++] = c;
            }
        }

        if (count < 8)
        {
            return null;
        }

        return count > 10 ? new string(digits[(count - 10)..count]) : new string(digits[..count]);
    }

    public static string? Name(string? name) =>
        string.IsNullOrWhiteSpace(name) ? null : string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();

    /// <summary>An employee code as it is matched across files: trimmed, case-insensitive.</summary>
    public static string? Code(string? code) =>
        string.IsNullOrWhiteSpace(code) ? null : code.Trim().ToUpperInvariant();
}
