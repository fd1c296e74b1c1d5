using System.Globalization;
using System.Text.Json;
using KarmayogiBot.Domain.Questions;
using KarmayogiBot.Domain.Time;
using Microsoft.Extensions.DependencyInjection;

namespace KarmayogiBot.Worker.Commands;

/// <summary>
/// <c>questions [--since yyyy-mm-dd] [--unanswered | --disliked] [--json]</c>: the questions officers asked (without
/// personal data), grouped by similar wording (<see cref="QuestionGrouping"/>), most asked first, with how they were
/// read, what kind of answer went out and the votes: where the phrasing data needs extending. <c>--since</c> is a day
/// in India (from its midnight); <c>--unanswered</c> keeps the questions not understood, answered "the circulars do not
/// say" or asked back; <c>--disliked</c> those whose answer got a 👎.
/// </summary>
public static class QuestionsCommand
{
    public const string Usage = "questions [--since yyyy-mm-dd] [--unanswered | --disliked] [--json]";

    public static async Task<int> RunAsync(IReadOnlyList<string> args, IServiceProvider services, TextWriter output, CancellationToken cancellationToken = default)
    {
        var options = CommandOptions.Parse(args, "json", "unanswered", "disliked");
        if (options.Has("unanswered") && options.Has("disliked"))
        {
            throw new CommandLineException("--unanswered and --disliked cannot be given together");
        }

        var since = Since(options.Get("since"));
        var filter = options.Has("unanswered") ? "unanswered" : options.Has("disliked") ? "disliked" : "all";
        var asked = await services.GetRequiredService<IQuestionStore>().ListAsync(since?.Start, cancellationToken).ConfigureAwait(false);
        var kept = asked.Where(q => filter switch
        {
            "unanswered" => AnswerKinds.IsUnanswered(q.AnswerKind),
            "disliked" => q.Reaction == QuestionVote.Dislike,
            _ => true,
        }).ToList();
        var groups = QuestionGrouping.Group(kept);
        if (options.Has("json"))
        {
            output.WriteLine(JsonSerializer.Serialize(new QuestionsJson(since?.Day, filter, kept.Count, groups), CommandJson.Options));
            return ExitCodes.Ok;
        }

        var scope = (since is { } from ? $" since {from.Day:yyyy-MM-dd}" : "") + (filter == "all" ? "" : $" ({filter})");
        output.WriteLine($"{kept.Count} questions{scope}, in {groups.Count} groups of similar wording");
        foreach (var group in groups)
        {
            var votes = group.Likes + group.Dislikes == 0 ? "" : $", {group.Likes} liked, {group.Dislikes} disliked";
            output.WriteLine($"{group.Count,5}  \"{group.Wording}\": read as {string.Join(", ", group.Readings)}; {string.Join(", ", group.AnswerKinds)}{votes}");
            if (group.Wordings.Count > 1)
            {
                output.WriteLine($"       also asked as: {string.Join("; ", group.Wordings.Skip(1).Take(5).Select(w => $"\"{w}\""))}{(group.Wordings.Count > 6 ? "; ..." : "")}");
            }

            foreach (var comment in group.Comments)
            {
                output.WriteLine($"       comment: \"{comment}\"");
            }
        }

        return ExitCodes.Ok;
    }

    /// <summary>The first instant of the --since day in India.</summary>
    private static (DateOnly Day, DateTimeOffset Start)? Since(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (!DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            throw new CommandLineException($"--since '{text}' is not a date (yyyy-mm-dd)");
        }

        return (day, IndiaCalendar.StartOf(day));
    }

    private sealed record QuestionsJson(DateOnly? Since, string Filter, int Questions, IReadOnlyList<QuestionGroup> Groups);
}
