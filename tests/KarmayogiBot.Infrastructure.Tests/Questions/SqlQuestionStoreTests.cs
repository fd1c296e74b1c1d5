using KarmayogiBot.Domain.Questions;
using KarmayogiBot.Infrastructure.Questions;
using KarmayogiBot.Infrastructure.Tests.Support;

namespace KarmayogiBot.Infrastructure.Tests.Questions;

/// <summary>The question log on SQLite and PostgreSQL: questions with the votes on their answers' messages, and retention.</summary>
public sealed class SqlQuestionStoreTests
{
    private static readonly DateTimeOffset Asked = new(2026, 3, 20, 4, 30, 0, TimeSpan.Zero);

    [Theory]
    [MemberData(nameof(StoreKind.All), MemberType = typeof(StoreKind))]
    public async Task SaveAsync_QuestionsAndVotes_ListedWithTheVoteOnAnyOfTheirMessages(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var questions = new SqlQuestionStore(store.Database);

        await questions.SaveAsync(
            [Question("what is the deadline?", Asked, "1:a", "1:b"), Question("will it rain?", Asked.AddMinutes(1), "1:c") with { AnswerKind = AnswerKinds.NotUnderstood }],
            [new QuestionVote("1:b", QuestionVote.Dislike, "no year", Asked.AddMinutes(2))]);
        // A later like on the other message of the same answer, and a vote on a message the log does not hold.
        await questions.SaveAsync([], [new QuestionVote("1:a", QuestionVote.Like, "", Asked.AddMinutes(3)), new QuestionVote("1:zz", QuestionVote.Like, "", Asked)]);

        var listed = await questions.ListAsync(null);

        Assert.Equal(["what is the deadline?", "will it rain?"], listed.Select(q => q.Text));
        Assert.Equal((QuestionVote.Dislike, "Deadline", AnswerKinds.Answered), (listed[0].Reaction, listed[0].Reading, listed[0].AnswerKind));
        Assert.Equal(["no year"], listed[0].Comments);
        Assert.Equal((null, AnswerKinds.NotUnderstood), (listed[1].Reaction, listed[1].AnswerKind));
        Assert.Equal(Asked, listed[0].AskedAt);
    }

    [Theory]
    [MemberData(nameof(StoreKind.All), MemberType = typeof(StoreKind))]
    public async Task SaveAsync_VoteBeforeItsQuestion_JoinedOnceTheQuestionIsWritten(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var questions = new SqlQuestionStore(store.Database);

        await questions.SaveAsync([], [new QuestionVote("1:a", QuestionVote.Dislike, "wrong course", Asked)]);
        await questions.SaveAsync([Question("my courses", Asked, "1:a")], []);

        Assert.Equal(QuestionVote.Dislike, (await questions.ListAsync(null)).Single().Reaction);
    }

    [Theory]
    [MemberData(nameof(StoreKind.All), MemberType = typeof(StoreKind))]
    public async Task ListAndDelete_ByDate_SinceListsTheNewerAndDeleteRemovesTheOlderWithTheirVotes(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var questions = new SqlQuestionStore(store.Database);
        var old = Asked.AddDays(-200);
        await questions.SaveAsync([Question("old one", old, "1:old"), Question("new one", Asked, "1:new")],
            [new QuestionVote("1:old", QuestionVote.Dislike, "x", old), new QuestionVote("1:new", QuestionVote.Like, "", Asked)]);

        Assert.Equal(["new one"], (await questions.ListAsync(Asked.AddDays(-1))).Select(q => q.Text));
        Assert.Equal(1, await questions.DeleteBeforeAsync(Asked.AddDays(-180)));

        Assert.Equal(["new one"], (await questions.ListAsync(null)).Select(q => q.Text));
        Assert.Equal((1, 1, 1), (await store.CountAsync("questions"), await store.CountAsync("question_replies"), await store.CountAsync("question_votes")));
    }

    private static AskedQuestion Question(string text, DateTimeOffset at, params string[] replyIds) =>
        new(at, text, "Deadline", AnswerKinds.Answered, "English", replyIds);
}
