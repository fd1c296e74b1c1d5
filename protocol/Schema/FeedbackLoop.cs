namespace KarmayogiBot.Protocol.Schema;

/// <summary>Teams' 👍/👎 buttons on a bot message (<c>channelData.feedbackLoop</c>); the vote comes back as a <c>message/submitAction</c> invoke.</summary>
public sealed class FeedbackLoop
{
    /// <summary><c>default</c>: Teams' own form (a comment after the vote); <c>custom</c>: the bot's task module.</summary>
    public string Type { get; set; } = "default";
}
