using System.Globalization;
using System.Text;

namespace KarmayogiBot.Domain.Text;

/// <summary>Normalises names for matching: case, "&amp;", dashes and punctuation, white space. Devanagari is kept.</summary>
public static class TextNormalizer
{
    /// <summary>Lower-case words separated by single spaces; "&amp;" becomes "and"; punctuation becomes a space.</summary>
    public static string Words(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        var pendingSpace = false;
        foreach (var raw in text.Normalize(NormalizationForm.FormC))
        {
            if (raw == '&')
            {
                AppendWord(builder, "and", ref pendingSpace);
                continue;
            }

            if (raw is '\'' or '’' or '‘' or '`' or '\u200c' or '\u200d')
            {
                continue; // "Do's" and "Dos" are one word; zero-width joiners carry no meaning.
            }

            if (IsWordChar(raw))
            {
                if (pendingSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                pendingSpace = false;
                builder.Append(char.ToLowerInvariant(raw));
            }
            else
            {
                pendingSpace = true;
            }
        }

        return builder.ToString();
    }

    /// <summary>The words with no spaces at all, so that "Well-being", "Well being" and "Wellbeing" are one key.</summary>
    public static string Compact(string text) => Words(text).Replace(" ", "", StringComparison.Ordinal);

    /// <summary>True when the text has any Devanagari letter.</summary>
    public static bool HasDevanagari(string text) => text.Any(c => c is >= '\u0900' and <= '\u097F');

    private static void AppendWord(StringBuilder builder, string word, ref bool pendingSpace)
    {
        if (builder.Length > 0)
        {
            builder.Append(' ');
        }

        builder.Append(word);
        pendingSpace = true;
    }

    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
}
