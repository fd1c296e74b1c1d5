namespace KarmayogiBot.Bot.Tests.Hosting;

/// <summary>A clock stopped at one instant, until a test moves it on.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    private DateTimeOffset _now = now;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
