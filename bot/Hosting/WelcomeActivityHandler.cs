using KarmayogiBot.Protocol.Turns;

namespace KarmayogiBot.Bot.Hosting;

/// <summary>The placeholder behaviour until the assistant is plugged in: greets on install, says it is starting up.</summary>
internal sealed class WelcomeActivityHandler : ActivityHandler
{
    internal const string Greeting =
        "Namaste! I am the Karmayogi assistant. I answer CBIC officers' questions about the mandatory iGOT Karmayogi courses.";

    internal const string StartingUp =
        "The Karmayogi assistant is starting up and cannot answer questions yet. Please try again a little later.";

    protected override Task OnInstallationUpdateAddAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        turnContext.SendActivityAsync(Greeting, cancellationToken);

    protected override Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        turnContext.SendActivityAsync(StartingUp, cancellationToken);
}
