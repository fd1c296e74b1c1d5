using KarmayogiBot.Domain.Text;

namespace KarmayogiBot.Domain.Tests.Text;

public sealed class TextNormalizerTests
{
    // A pasted roster cell or a crafted chat message can hold code points that Unicode normalisation refuses;
    // the designation resolver and the sentence reader must still read the rest.
    [Theory]
    [InlineData("Ins\uD800pector", "ins pector")]
    [InlineData("Inspector\uDC00", "inspector")]
    [InlineData("Super\uFFFEintendent", "super intendent")]
    [InlineData("Inspector\uFFFF", "inspector")]
    [InlineData("Inspec\u000Btor", "inspec tor")]
    public void Words_TextNormalisationRefuses_ReadsTheRestAsWords(string text, string words)
    {
        Assert.Equal(words, TextNormalizer.Words(text));
    }

    [Fact]
    public void Words_ComposedAndDecomposedDevanagari_ReadAlike()
    {
        Assert.Equal(TextNormalizer.Words("क़"), TextNormalizer.Words("क\u093C"));
    }
}
