using KarmayogiBot.Infrastructure.Exports;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace KarmayogiBot.Infrastructure.Tests.Exports;

/// <summary>
/// Issue 15, item 4: every chat export wrote a workbook (2 MB at 50,000 officers) that was never deleted, so
/// defaulters' names, phones and e-mails stayed on disk after the link expired.
/// </summary>
public sealed class ExportLinksTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 3, 20, 5, 0, 0, TimeSpan.Zero));
    private readonly ExportLinks links;

    public ExportLinksTests()
    {
        links = new ExportLinks(Options.Create(new ExportOptions { Folder = folder.Path, SigningKey = "test-key", LinkLifetime = TimeSpan.FromHours(24) }), clock);
    }

    public void Dispose() => folder.Dispose();

    [Fact]
    public void DeleteExpired_AfterTheLinkExpires_DeletesTheFileAndTheLinkStopsWorking()
    {
        var link = links.Publish(path => File.WriteAllText(path, "defaulters"));
        var (id, expires, sig) = Parts(link);
        Assert.NotNull(links.Resolve(id, expires, sig));

        clock.Advance(TimeSpan.FromHours(23));
        Assert.Equal(0, links.DeleteExpired());
        Assert.NotNull(links.Resolve(id, expires, sig));

        clock.Advance(TimeSpan.FromHours(1) + TimeSpan.FromSeconds(1));
        Assert.Equal(1, links.DeleteExpired());

        Assert.Empty(Directory.EnumerateFiles(folder.Path));
        Assert.Null(links.Resolve(id, expires, sig));
    }

    [Fact]
    public void DeleteExpired_LinksOfDifferentLifetimes_DeletesEachWhenItsOwnLinkExpires()
    {
        links.Publish(path => File.WriteAllText(path, "chat export"));
        var summary = links.Publish(path => File.WriteAllText(path, "fortnightly summary"), TimeSpan.FromDays(16));

        clock.Advance(TimeSpan.FromDays(2));
        links.DeleteExpired();

        var left = Assert.Single(Directory.EnumerateFiles(folder.Path));
        Assert.Equal("fortnightly summary", File.ReadAllText(left));
        var (id, expires, sig) = Parts(summary);
        Assert.Equal(left, links.Resolve(id, expires, sig));
    }

    [Fact]
    public void Publish_WriteFails_LeavesNothingInTheFolder()
    {
        Assert.Throws<InvalidDataException>(() => links.Publish(path =>
        {
            File.WriteAllText(path, "half a workbook");
            throw new InvalidDataException("the workbook could not be written");
        }));

        Assert.Empty(Directory.EnumerateFiles(folder.Path));
    }

    [Fact]
    public void DeleteExpired_PartialFileOfAStoppedProcess_IsDeletedOnceAbandoned_OtherFilesAreLeftAlone()
    {
        var partial = Path.Combine(folder.Path, "0123456789abcdef0123456789abcdef.partial");
        File.WriteAllText(partial, "cut off");
        File.SetLastWriteTimeUtc(partial, clock.GetUtcNow().UtcDateTime);
        var unrelated = Path.Combine(folder.Path, "notes.txt");
        File.WriteAllText(unrelated, "not an export");

        Assert.Equal(0, links.DeleteExpired());
        clock.Advance(TimeSpan.FromHours(1) + TimeSpan.FromMinutes(1));
        Assert.Equal(1, links.DeleteExpired());

        Assert.False(File.Exists(partial));
        Assert.True(File.Exists(unrelated));
    }

    [Fact]
    public async Task Sweeper_RunsAtStartAndEveryInterval()
    {
        links.Publish(path => File.WriteAllText(path, "x"), TimeSpan.FromMinutes(5));
        using var sweeper = new ExportSweeper(links, clock, Microsoft.Extensions.Logging.Abstractions.NullLogger<ExportSweeper>.Instance);
        await sweeper.StartAsync(CancellationToken.None);
        Assert.Single(Directory.EnumerateFiles(folder.Path));

        clock.Advance(ExportSweeper.Interval);
        await WaitUntilAsync(() => !Directory.EnumerateFiles(folder.Path).Any());
        await sweeper.StopAsync(CancellationToken.None);

        Assert.Empty(Directory.EnumerateFiles(folder.Path));
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 100 && !condition(); i++)
        {
            await Task.Delay(50);
        }
    }

    private static (string Id, string Expires, string Sig) Parts(Uri link)
    {
        var query = System.Web.HttpUtility.ParseQueryString(link.Query);
        return (link.Segments[^1], query["expires"]!, query["sig"]!);
    }
}
