using System.Text.RegularExpressions;

namespace KarmayogiBot.Domain.Questions;

/// <summary>
/// Takes personal data out of a question or comment before it is logged: e-mail addresses, phone numbers (Indian
/// mobiles with or without +91, landlines with their STD code, any number written with a leading +), employee codes
/// (letters then at least three digits, such as CB000100, or a run of five or more digits), and the names given (the
/// asker's, an officer the question names), word by word. Each becomes a placeholder, so the wording stays readable.
/// Dates (10.09.2025), plan years (2025-26) and course levels stay.
/// </summary>
public static partial class PersonalDataRedactor
{
    public const string Email = "[email]";
    public const string Phone = "[phone]";
    public const string Code = "[code]";
    public const string Name = "[name]";

    /// <param name="names">Names to take out (full names; each word of three letters or more is taken out on its own).</param>
    public static string Redact(string text, IEnumerable<string?> names)
    {
        var redacted = EmailPattern().Replace(text, Email);
        redacted = PhonePattern().Replace(redacted, Phone);
        redacted = CodePattern().Replace(redacted, Code);
        var words = names.OfType<string>()
            .SelectMany(n => n.Split([' ', '.', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Where(w => w.Length >= 3)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(w => w.Length);
        foreach (var word in words)
        {
            redacted = Regex.Replace(redacted, $@"(?<!\w){Regex.Escape(word)}(?!\w)", Name, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }

        return redacted;
    }

    [GeneratedRegex(@"[\w.%+-]+@[\w-]+(?:\.[\w-]+)+", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EmailPattern();

    // +<digits> of 8 or more; Indian mobiles (6-9 then 9 digits, optionally +91 / 0 first, one space or dash inside);
    // landlines 0<STD 2-4> then 6-8 digits.
    [GeneratedRegex(@"(?<![\w+])(?:\+\d[\d\s-]{6,}\d|(?:(?:\+|00)?91[\s-]?|0)?[6-9]\d{4}[\s-]?\d{5}|0\d{2,4}[\s-]\d{6,8})(?!\w)", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"(?<!\w)(?:[A-Za-z]{1,6}[-/]?\d{3,}|\d{5,})(?!\w)", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex CodePattern();
}
