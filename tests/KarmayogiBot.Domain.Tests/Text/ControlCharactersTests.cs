using KarmayogiBot.Domain.Text;

namespace KarmayogiBot.Domain.Tests.Text;

public sealed class ControlCharactersTests
{
    public static TheoryData<int> EveryCharacterRemoved()
    {
        var data = new TheoryData<int>();
        foreach (var c in Enumerable.Range(0, 0x20).Where(c => c is not (0x09 or 0x0A or 0x0D)).Concat(Enumerable.Range(0x7F, 0x21)).Concat([0xFFFE, 0xFFFF, 0xD800, 0xDBFF, 0xDC00, 0xDFFF]))
        {
            data.Add(c);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryCharacterRemoved))]
    public void Remove_ControlCharacterNoncharacterOrUnpairedSurrogate_TakesItOut(int character)
    {
        var text = $"Meena{(char)character} Iyer{(char)character}";

        Assert.True(ControlCharacters.Any(text));
        Assert.Equal("Meena Iyer", ControlCharacters.Remove(text));
    }

    [Theory]
    [InlineData("मीना अय्यर")]
    [InlineData("Tab\tand\r\nline breaks")]
    [InlineData("Smile 😀 and 𠜎")]
    [InlineData("Ünïcödé – “quotes” © €")]
    public void Remove_TextWithNone_IsTheSameString(string text)
    {
        Assert.False(ControlCharacters.Any(text));
        Assert.Same(text, ControlCharacters.Remove(text));
    }

    [Fact]
    public void Remove_UnpairedSurrogateBesideAPair_KeepsThePair()
    {
        Assert.Equal("a😀b", ControlCharacters.Remove("a\uD800😀\uDC00b"));
    }
}
