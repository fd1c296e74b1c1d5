using System.Globalization;
using System.Text;

namespace KarmayogiBot.Domain.Text;

/// <summary>Normalises names for matching: case, "&amp;", dashes and punctuation, white space. Devanagari is kept.</summary>
public static class TextNormalizer
{
    /// <summary>Lower-case words separated by single spaces; "&amp;" becomes "and"; punctuation becomes a space.</summary>
    public static string Words(string text) => string.Join(' ', Tokens(text)).ToLowerInvariant();

    /// <summary>
    /// The text in Unicode form C. Text that cannot be normalised (an unpaired surrogate, a noncharacter such as U+FFFE:
    /// possible in a pasted roster cell or a crafted message) has those code points replaced by spaces first.
    /// </summary>
    private static string Composed(string text)
    {
        try
        {
            return text.Normalize(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            var valid = new StringBuilder(text.Length);
            foreach (var rune in text.EnumerateRunes())
            {
                // Unpaired surrogates are enumerated as U+FFFD, itself a plain symbol.
                var noncharacter = rune.Value is >= 0xFDD0 and <= 0xFDEF || (rune.Value & 0xFFFE) == 0xFFFE || rune == Rune.ReplacementChar;
                valid.Append(noncharacter ? " " : rune.ToString());
            }

            return valid.ToString().Normalize(NormalizationForm.FormC);
        }
    }

    /// <summary>The words of a text as written (case kept); "&amp;" becomes "and", apostrophes vanish, other punctuation splits.</summary>
    public static List<string> Tokens(string text)
    {
        var tokens = new List<string>();
        var current = new StringBuilder();
        foreach (var c in Composed(text))
        {
            if (c is '\'' or '’' or '‘' or '`' or '\u200c' or '\u200d')
            {
                continue; // "Do's" and "Dos" are one word; zero-width joiners carry no meaning.
            }

            if (IsWordChar(c))
            {
                current.Append(c);
                continue;
            }

            Flush(tokens, current);
            if (c == '&')
            {
                tokens.Add("and");
            }
        }

        Flush(tokens, current);
        return tokens;
    }

    /// <summary>The words with no spaces at all, so that "Well-being", "Well being" and "Wellbeing" are one key.</summary>
    public static string Compact(string text) => Words(text).Replace(" ", "", StringComparison.Ordinal);

    /// <summary>True when the text has any Devanagari letter.</summary>
    public static bool HasDevanagari(string text) => text.Any(c => c is >= '\u0900' and <= '\u097F');

    private static void Flush(List<string> tokens, StringBuilder current)
    {
        if (current.Length > 0)
        {
            tokens.Add(current.ToString());
            current.Clear();
        }
    }

    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
}
