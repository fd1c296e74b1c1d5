using KarmayogiBot.Domain.Questions;

namespace KarmayogiBot.Domain.Tests.Questions;

public sealed class QuestionGroupingTests
{
    private static readonly DateTimeOffset Monday = new(2026, 3, 16, 5, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Group_SameWordsAndSimilarWording_OneGroupCountedWithItsMostFrequentWording()
    {
        var groups = QuestionGrouping.Group(
        [
            Asked("What is the deadline?", 0),
            Asked("what is the deadline", 1),
            Asked("What is the deadline ?", 2),
            Asked("whats the deadline?", 3, QuestionVote.Dislike, "no year given"),
            Asked("my status", 4),
        ]);

        Assert.Equal(2, groups.Count);
        var deadline = groups[0];
        Assert.Equal(("what is the deadline", 4, 1), (deadline.Wording.ToLowerInvariant().TrimEnd('?', ' '), deadline.Count, deadline.Dislikes));
        Assert.Equal(["no year given"], deadline.Comments);
        Assert.Equal(Monday.AddHours(3), deadline.LastAsked);
        Assert.Equal(("my status", 1), (groups[1].Wording, groups[1].Count));
    }

    [Fact]
    public void Group_DifferentQuestionsSharingWords_KeptApart()
    {
        var groups = QuestionGrouping.Group([Asked("my courses", 0), Asked("my status", 1), Asked("courses for an Inspector in Customs", 2)]);

        Assert.Equal(3, groups.Count);
    }

    private static LoggedQuestion Asked(string text, int hours, string? reaction = null, string? comment = null) =>
        new(Monday.AddHours(hours), text, "Deadline", AnswerKinds.Answered, "English", reaction, comment is null ? [] : [comment]);
}
