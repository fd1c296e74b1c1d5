using System.Text.Json;
using System.Text.Json.Nodes;
using KarmayogiBot.Protocol.Schema;

namespace KarmayogiBot.Protocol.Turns;

/// <summary>
/// A bot that dispatches by activity type to small virtual handlers (the SDK's <c>ActivityHandler</c> shape):
/// message, conversationUpdate (members added / removed), installationUpdate (add / remove), invoke
/// (<c>adaptiveCard/action</c>; anything unhandled answers 501). Everything else is ignored.
/// </summary>
public abstract class ActivityHandler : IBot
{
    /// <summary>The invoke name of Adaptive Card <c>Action.Execute</c>.</summary>
    public const string AdaptiveCardActionInvokeName = "adaptiveCard/action";

    public virtual async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        switch (turnContext.Activity.Type)
        {
            case ActivityTypes.Message:
                await OnMessageActivityAsync(turnContext, cancellationToken).ConfigureAwait(false);
                break;
            case ActivityTypes.ConversationUpdate:
                await OnConversationUpdateActivityAsync(turnContext, cancellationToken).ConfigureAwait(false);
                break;
            case ActivityTypes.InstallationUpdate:
                await OnInstallationUpdateActivityAsync(turnContext, cancellationToken).ConfigureAwait(false);
                break;
            case ActivityTypes.Invoke:
                InvokeResponse response;
                try
                {
                    response = await OnInvokeActivityAsync(turnContext, cancellationToken).ConfigureAwait(false);
                }
                catch (InvokeResponseException ex)
                {
                    response = new InvokeResponse(ex.StatusCode, ex.Body);
                }

                turnContext.InvokeResponse ??= response;
                break;
            default:
                await OnUnrecognizedActivityTypeAsync(turnContext, cancellationToken).ConfigureAwait(false);
                break;
        }
    }

    /// <summary>A message: text (strip the bot's mention with <see cref="Activity.RemoveRecipientMention"/>) or an Action.Submit's <c>value</c>.</summary>
    protected virtual Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Dispatches to <see cref="OnMembersAddedAsync"/> and <see cref="OnMembersRemovedAsync"/>.</summary>
    protected virtual async Task OnConversationUpdateActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (turnContext.Activity.MembersAdded is { Count: > 0 } added)
        {
            await OnMembersAddedAsync(added, turnContext, cancellationToken).ConfigureAwait(false);
        }

        if (turnContext.Activity.MembersRemoved is { Count: > 0 } removed)
        {
            await OnMembersRemovedAsync(removed, turnContext, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Members joined; the bot itself was added when <see cref="Activity.WasRecipientAdded"/> is true.</summary>
    protected virtual Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext turnContext, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    /// <summary>Members left; the bot itself was removed when <see cref="Activity.WasRecipientRemoved"/> is true.</summary>
    protected virtual Task OnMembersRemovedAsync(IList<ChannelAccount> membersRemoved, ITurnContext turnContext, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    /// <summary>Dispatches <c>add</c>/<c>add-upgrade</c> and <c>remove</c>/<c>remove-upgrade</c>.</summary>
    protected virtual Task OnInstallationUpdateActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return turnContext.Activity.Action?.ToLowerInvariant() switch
        {
            "add" or "add-upgrade" => OnInstallationUpdateAddAsync(turnContext, cancellationToken),
            "remove" or "remove-upgrade" => OnInstallationUpdateRemoveAsync(turnContext, cancellationToken),
            _ => Task.CompletedTask,
        };
    }

    /// <summary>The app was installed (personal scope, a chat or a team).</summary>
    protected virtual Task OnInstallationUpdateAddAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The app was uninstalled: messages to this conversation will now fail with 403.</summary>
    protected virtual Task OnInstallationUpdateRemoveAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// An invoke. <c>adaptiveCard/action</c> goes to <see cref="OnAdaptiveCardInvokeAsync"/> and answers 200 with its
    /// result; any other name answers 501. Throw <see cref="InvokeResponseException"/> for another status.
    /// </summary>
    protected virtual async Task<InvokeResponse> OnInvokeActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (!string.Equals(turnContext.Activity.Name, AdaptiveCardActionInvokeName, StringComparison.Ordinal))
        {
            return InvokeResponse.NotImplemented;
        }

        AdaptiveCardInvokeValue? value;
        try
        {
            value = turnContext.Activity.Value?.Deserialize<AdaptiveCardInvokeValue>(ProtocolJson.Options);
        }
        catch (JsonException)
        {
            value = null;
        }

        if (value?.Action is null || !string.Equals(value.Action.Type, "Action.Execute", StringComparison.Ordinal))
        {
            return new InvokeResponse(400, new AdaptiveCardInvokeResponse(
                400,
                "application/vnd.microsoft.error",
                new JsonObject { ["code"] = "BadRequest", ["message"] = "The value is not an Adaptive Card Action.Execute." }));
        }

        var result = await OnAdaptiveCardInvokeAsync(turnContext, value, cancellationToken).ConfigureAwait(false);
        return new InvokeResponse(200, result);
    }

    /// <summary>An Adaptive Card <c>Action.Execute</c> (<c>value.action.verb</c>, <c>value.action.data</c>); answer with <see cref="AdaptiveCardInvokeResponse.Message"/> or <see cref="AdaptiveCardInvokeResponse.Card"/>. Not overridden: 501.</summary>
    protected virtual Task<AdaptiveCardInvokeResponse> OnAdaptiveCardInvokeAsync(ITurnContext turnContext, AdaptiveCardInvokeValue invokeValue, CancellationToken cancellationToken) =>
        throw new InvokeResponseException(501);

    /// <summary>Any other activity type (typing, messageReaction, event...): ignored by default.</summary>
    protected virtual Task OnUnrecognizedActivityTypeAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;
}
