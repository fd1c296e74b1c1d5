namespace KarmayogiBot.Infrastructure.Imports;

/// <summary>
/// A cell's value as a problem line may quote it: cut short, and never an e-mail address or phone number (a column
/// out of place can put one where a status or date should be, and problem lines are printed to the logs).
/// </summary>
internal static class ProblemText
{
    private const int Shown = 40;

    private const int PhoneDigits = 10;

    /// <summary>The value in quotes ('in progress'), or what it looks like when it may be personal data.</summary>
    public static string Quote(string value)
    {
        var text = value.Trim();
        if (text.Contains('@', StringComparison.Ordinal))
        {
            return "a value that looks like an e-mail address";
        }

        if (LooksLikePhone(text))
        {
            return "a value that looks like a phone number";
        }

        return text.Length <= Shown ? $"'{text}'" : $"'{text[..Shown]}…' ({text.Length} characters)";
    }

    private static bool LooksLikePhone(string text)
    {
        var digits = 0;
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c))
            {
                digits++;
            }
            else if (c is not (' ' or '+' or '-' or '(' or ')' or '.'))
            {
                return false;
            }
        }

        return digits >= PhoneDigits;
    }
}
