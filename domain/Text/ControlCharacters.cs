using System.Buffers;
using System.Text;

namespace KarmayogiBot.Domain.Text;

/// <summary>
/// The characters no text of the product means, found in cells pasted from Excel or Word: control characters other than
/// tab, line feed and carriage return (C0, DEL and C1), the noncharacters U+FFFE and U+FFFF, and unpaired surrogates. XML
/// cannot hold most of them (a workbook writer fails on them), so both the imports and the workbooks remove them here.
/// </summary>
public static class ControlCharacters
{
    private static readonly SearchValues<char> Suspect = SearchValues.Create(Characters());

    /// <summary>True when the text holds any character <see cref="Remove"/> would take out.</summary>
    public static bool Any(ReadOnlySpan<char> text) => FirstIndex(text) >= 0;

    /// <summary>The text without those characters (the same string when it has none).</summary>
    public static string Remove(string text)
    {
        var first = FirstIndex(text);
        if (first < 0)
        {
            return text;
        }

        var clean = new StringBuilder(text.Length).Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (!char.IsSurrogate(c))
            {
                if (!Suspect.Contains(c))
                {
                    clean.Append(c);
                }
            }
            else if (i + 1 < text.Length && char.IsSurrogatePair(c, text[i + 1]))
            {
                clean.Append(c).Append(text[i + 1]);
                i++;
            }
        }

        return clean.ToString();
    }

    private static int FirstIndex(ReadOnlySpan<char> text)
    {
        var offset = 0;
        while (true)
        {
            var found = text[offset..].IndexOfAny(Suspect);
            if (found < 0)
            {
                return -1;
            }

            var i = offset + found;
            var c = text[i];
            if (!char.IsSurrogate(c))
            {
                return i;
            }

            if (!(i + 1 < text.Length && char.IsSurrogatePair(c, text[i + 1])))
            {
                return i;
            }

            offset = i + 2; // a surrogate pair: an emoji, a rare Han character
        }
    }

    private static string Characters()
    {
        var characters = new StringBuilder();
        for (var c = '\0'; c < ' '; c++)
        {
            if (c is not ('\t' or '\n' or '\r'))
            {
                characters.Append(c);
            }
        }

        for (var c = '\u007F'; c <= '\u009F'; c++)
        {
            characters.Append(c);
        }

        for (var c = '\uD800'; c <= '\uDFFF'; c++)
        {
            characters.Append(c); // surrogates: only the unpaired ones are removed
        }

        return characters.Append('\uFFFE').Append('\uFFFF').ToString();
    }
}
