using System.Globalization;
using KarmayogiBot.Worker.Commands;

namespace KarmayogiBot.Worker.Tests.Commands;

public sealed class PassInstantTests
{
    private static readonly TimeOnly Opens = new(10, 0);

    [Theory]
    [InlineData("2026-03-20T11:00:00+05:30", "2026-03-20T05:30:00Z")]
    [InlineData("2026-03-20T05:30:00Z", "2026-03-20T05:30:00Z")]
    [InlineData("2026-03-20T11:00", "2026-03-20T05:30:00Z")]    // no offset: India time
    [InlineData("2026-03-20", "2026-03-20T04:30:00Z")]          // a date: the opening of office hours
    public void Parse_AsOf_TheInstant(string text, string utc) =>
        Assert.Equal(DateTimeOffset.Parse(utc, CultureInfo.InvariantCulture), PassInstant.Parse(text, Opens, TimeProvider.System));

    [Fact]
    public void Parse_Nothing_Now()
    {
        var now = PassInstant.Parse(null, Opens, TimeProvider.System);
        Assert.InRange(DateTimeOffset.UtcNow - now, TimeSpan.Zero, TimeSpan.FromSeconds(5));
    }

    [Theory]
    [InlineData("20.03.2026")]
    [InlineData("tomorrow")]
    public void Parse_NotADate_CommandLineError(string text) =>
        Assert.Throws<CommandLineException>(() => PassInstant.Parse(text, Opens, TimeProvider.System));
}
