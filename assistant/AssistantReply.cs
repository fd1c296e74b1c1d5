using KarmayogiBot.Assistant.Understanding;

namespace KarmayogiBot.Assistant;

/// <summary>A turn's reply: the messages to send, and how the turn was read and answered (for the question log).</summary>
/// <param name="Asked">The text the assistant read (the message, or the question a card's button asked); empty for a form of fields.</param>
/// <param name="Reading">The reading the assistant chose: the intent answered, with the topic, open question or second intent when there is one ("Topic:apar", "Courses+Deadline").</param>
/// <param name="NamedOfficer">The officer a question named ("status of Rahul Verma"), so the log can leave the name out; null when none.</param>
public sealed record AssistantReply(IReadOnlyList<ReplyMessage> Messages, string Asked, string Reading, Language Language, string? NamedOfficer = null)
{
    /// <summary>The turn's kind: the furthest from answered of its messages' kinds.</summary>
    public AnswerKind Kind => Messages.Count == 0 ? AnswerKind.Answered : Messages.Max(m => m.Kind);

    /// <summary>How a turn was read, as the log keeps it.</summary>
    public static string Describe(Understood understood, Intent answered)
    {
        var detail = answered switch
        {
            Intent.Topic => understood.Topic?.Id,
            Intent.OpenQuestion => understood.Open?.Id,
            Intent.NoPlan => understood.Cycle,
            Intent.Clarify when understood.Either is { } either && understood.Or is { } or => $"{Offered(either)}|{Offered(or)}",
            Intent.ZoneSummary or Intent.Defaulters when understood.Argument is { Length: > 0 } => "formation",
            _ => null,
        };
        var reading = detail is null ? answered.ToString() : $"{answered}:{detail}";
        return understood.Also is { } also && also != answered ? $"{reading}+{also}" : reading;
    }

    private static string Offered(Offer offer) => offer.Topic is { } topic ? $"Topic:{topic.Id}" : offer.Intent.ToString();
}
