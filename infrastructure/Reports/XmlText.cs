using KarmayogiBot.Domain.Text;

namespace KarmayogiBot.Infrastructure.Reports;

/// <summary>Text as XML 1.0 can hold it: the characters it cannot (<see cref="ControlCharacters"/>: control characters other
/// than tab, line feed and carriage return, U+FFFE, U+FFFF, unpaired surrogates) are removed, so a workbook cell never fails to write.</summary>
public static class XmlText
{
    public static string Clean(string? text) => string.IsNullOrEmpty(text) ? "" : ControlCharacters.Remove(text);
}
