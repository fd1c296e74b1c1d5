namespace KarmayogiBot.Protocol.Turns;

/// <summary>The bot's behaviour: handles one turn (one inbound or proactive activity).</summary>
public interface IBot
{
    Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken);
}
