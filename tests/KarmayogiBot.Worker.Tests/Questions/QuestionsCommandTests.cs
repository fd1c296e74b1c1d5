using System.Text.Json.Nodes;
using KarmayogiBot.Domain.Questions;
using KarmayogiBot.Worker.Commands;
using KarmayogiBot.Worker.Hosting;
using KarmayogiBot.Worker.Options;
using KarmayogiBot.Worker.Questions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace KarmayogiBot.Worker.Tests.Questions;

/// <summary><c>worker questions</c> over a question log on a SQLite file, and the log's retention by a fake clock.</summary>
public sealed class QuestionsCommandTests : IAsyncLifetime
{
    // 20.03.2026, 10:00 in India.
    private static readonly DateTimeOffset Now = new(2026, 3, 20, 4, 30, 0, TimeSpan.Zero);

    private readonly TempFolder _folder = new();
    private IHost _host = null!;

    private IQuestionStore Store => _host.Services.GetRequiredService<IQuestionStore>();

    public async Task InitializeAsync()
    {
        _host = CommandHost.Build("questions", [], new Dictionary<string, string?> { ["ConnectionStrings:Karmayogi"] = $"Data Source={_folder.File("k.db")}" });
        await Store.SaveAsync(
        [
            Asked("What is the pass mark?", Now.AddDays(-1), "OpenQuestion:pass-mark", AnswerKinds.CircularsDoNotSay, "1:a"),
            Asked("what is the pass mark", Now.AddDays(-2), "OpenQuestion:pass-mark", AnswerKinds.CircularsDoNotSay, "1:b"),
            Asked("whats the pass mark?", Now.AddDays(-3), "OpenQuestion:pass-mark", AnswerKinds.CircularsDoNotSay, "1:c"),
            Asked("my courses", Now.AddDays(-1), "Courses", AnswerKinds.Answered, "1:d"),
            Asked("my courses", Now.AddDays(-1), "Courses", AnswerKinds.Answered, "1:e"),
            Asked("Will it rain tomorrow?", Now.AddDays(-10), "Unknown", AnswerKinds.NotUnderstood, "1:f"),
        ],
        [new QuestionVote("1:e", QuestionVote.Dislike, "it listed last year's courses", Now), new QuestionVote("1:a", QuestionVote.Like, "", Now)]);
    }

    public Task DisposeAsync()
    {
        _host.Dispose();
        _folder.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Questions_All_GroupedBySimilarWordingMostAskedFirstWithReadingsKindsAndVotes()
    {
        var (code, output) = await RunAsync();

        Assert.Equal(ExitCodes.Ok, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal("6 questions, in 3 groups of similar wording", lines[0]);
        Assert.StartsWith("3  \"", lines[1], StringComparison.Ordinal);
        Assert.EndsWith("read as OpenQuestion:pass-mark; circulars-do-not-say, 1 liked, 0 disliked", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("also asked as: ", lines[2], StringComparison.Ordinal);
        Assert.Equal("2  \"my courses\": read as Courses; answered, 0 liked, 1 disliked", lines[3]);
        Assert.Equal("comment: \"it listed last year's courses\"", lines[4]);
        Assert.Equal("1  \"Will it rain tomorrow?\": read as Unknown; not-understood", lines[5]);
    }

    [Fact]
    public async Task Questions_UnansweredSince_OnlyThoseNotAnsweredFromThatDayInIndia()
    {
        var (_, output) = await RunAsync("--unanswered", "--since", "2026-03-17", "--json");

        var json = JsonNode.Parse(output)!;
        Assert.Equal(("2026-03-17", "unanswered", 3), (json["since"]!.GetValue<string>(), json["filter"]!.GetValue<string>(), json["questions"]!.GetValue<int>()));
        var group = json["groups"]!.AsArray().Single()!;
        Assert.Equal((3, "circulars-do-not-say"), (group["count"]!.GetValue<int>(), group["answerKinds"]![0]!.GetValue<string>()));
    }

    [Fact]
    public async Task Questions_Disliked_TheDislikedAnswersWithTheirComments()
    {
        var (_, output) = await RunAsync("--disliked", "--json");

        var group = JsonNode.Parse(output)!["groups"]!.AsArray().Single()!;
        Assert.Equal(("my courses", 1, 1), (group["wording"]!.GetValue<string>(), group["count"]!.GetValue<int>(), group["dislikes"]!.GetValue<int>()));
        Assert.Equal("it listed last year's courses", group["comments"]![0]!.GetValue<string>());
    }

    [Theory]
    [InlineData("--unanswered", "--disliked")]
    [InlineData("--since", "20-03-2026")]
    public async Task Questions_BadCommandLine_ClearError(params string[] args) =>
        await Assert.ThrowsAsync<CommandLineException>(() => RunAsync(args));

    [Fact]
    public async Task Retention_FakeClock_DeletesWhatIsOlderThanTheRetentionDaysOnly()
    {
        var clock = new FakeTimeProvider(Now);
        var retention = new QuestionRetention(Store, Microsoft.Extensions.Options.Options.Create(new QuestionOptions { RetentionDays = 5 }), clock, NullLogger<QuestionRetention>.Instance);

        Assert.Equal(1, await retention.RunAsync());
        clock.Advance(TimeSpan.FromDays(2.5));
        Assert.Equal(1, await retention.RunAsync());

        Assert.Equal(["What is the pass mark?", "my courses", "my courses", "what is the pass mark"], (await Store.ListAsync(null)).Select(q => q.Text).Order(StringComparer.Ordinal));
    }

    private async Task<(int Code, string Output)> RunAsync(params string[] args)
    {
        var writer = new StringWriter();
        var code = await QuestionsCommand.RunAsync(args, _host.Services, writer, CancellationToken.None);
        return (code, writer.ToString());
    }

    private static AskedQuestion Asked(string text, DateTimeOffset at, string reading, string kind, string replyId) => new(at, text, reading, kind, "English", [replyId]);
}
