using FuzzySharp;
using KarmayogiBot.Domain.Text;

namespace KarmayogiBot.Domain.Questions;

/// <summary>
/// Groups logged questions by similar wording: the same words after normalisation (<see cref="TextNormalizer.Words"/>)
/// are one wording; wordings whose token-sorted similarity to a group's first wording is at least
/// <see cref="Similarity"/> (FuzzySharp, 0-100) join that group. Most asked wordings seed the groups.
/// </summary>
public static class QuestionGrouping
{
    /// <summary>"my courses?" and "courses of mine" are one group; "my courses" and "my status" are not.</summary>
    public const int Similarity = 85;

    public static IReadOnlyList<QuestionGroup> Group(IReadOnlyList<LoggedQuestion> questions)
    {
        var byWords = questions.GroupBy(q => TextNormalizer.Words(q.Text))
            .Select(g => (Words: g.Key, Questions: g.ToList()))
            .OrderByDescending(w => w.Questions.Count).ThenBy(w => w.Words, StringComparer.Ordinal)
            .ToList();
        var groups = new List<(string Seed, List<LoggedQuestion> Questions)>();
        foreach (var (words, asked) in byWords)
        {
            var index = groups.FindIndex(g => Fuzz.TokenSortRatio(g.Seed, words) >= Similarity);
            if (index < 0)
            {
                groups.Add((words, [.. asked]));
            }
            else
            {
                groups[index].Questions.AddRange(asked);
            }
        }

        return groups.Select(g => Summarise(g.Questions))
            .OrderByDescending(g => g.Count).ThenByDescending(g => g.LastAsked)
            .ToList();
    }

    private static QuestionGroup Summarise(List<LoggedQuestion> questions)
    {
        var wordings = MostFrequent(questions.Select(q => q.Text.Trim()));
        return new QuestionGroup(
            wordings[0],
            questions.Count,
            questions.Count(q => q.Reaction == QuestionVote.Like),
            questions.Count(q => q.Reaction == QuestionVote.Dislike),
            MostFrequent(questions.Select(q => q.Reading)),
            MostFrequent(questions.Select(q => q.AnswerKind)),
            wordings,
            questions.SelectMany(q => q.Comments).Distinct(StringComparer.Ordinal).ToList(),
            questions.Max(q => q.AskedAt));
    }

    private static List<string> MostFrequent(IEnumerable<string> values) =>
        values.GroupBy(v => v, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).ToList();
}
