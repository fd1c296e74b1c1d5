using System.Text.Json;
using KarmayogiBot.Assistant;
using KarmayogiBot.Assistant.Answers;
using KarmayogiBot.Bot.Imports;
using KarmayogiBot.Bot.Questions;
using KarmayogiBot.Domain.Conversations;
using KarmayogiBot.Domain.Catalog;
using KarmayogiBot.Domain.Nudges;
using KarmayogiBot.Domain.Officers;
using KarmayogiBot.Domain.Time;
using KarmayogiBot.Protocol.Schema;
using KarmayogiBot.Protocol.Turns;

namespace KarmayogiBot.Bot.Teams;

/// <summary>
/// The Teams side of the bot: identifies who is speaking, keeps their conversation reference for proactive
/// messages (on install and on every message), and hands the turn to the channel-agnostic assistant.
/// </summary>
public sealed class TeamsBot(
    IAssistant assistant,
    MemberDirectory members,
    IOfficerStore officers,
    IConversationStore conversations,
    RecentConversations recent,
    QuestionLog questionLog,
    TrainingCatalog catalog,
    INudgeSnoozes snoozes,
    ChatImports imports,
    IConversationMemoryStore memories,
    TimeProvider clock,
    ILogger<TeamsBot> logger) : ActivityHandler
{
    protected override async Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        turnContext.Activity.RemoveRecipientMention();
        var user = await members.IdentifyAsync(turnContext, cancellationToken);
        var officer = await officers.FindOfficerAsync(user, cancellationToken);
        await RememberConversationAsync(turnContext, user, officer, unlessFresh: true, cancellationToken);
        if (await ImportStepAsync(turnContext, user, officer, cancellationToken) is { } importing)
        {
            // A file, its password or "import the good rows": neither the assistant's question nor logged as one.
            await turnContext.SendActivityAsync(ReplyActivities.ToActivity(importing), cancellationToken);
            return;
        }

        JsonElement? value = turnContext.Activity.Value is { } node ? JsonSerializer.SerializeToElement(node) : null;
        var reply = await assistant.ReplyAsync(new AssistantRequest(user, officer, turnContext.Activity.Text, value, IndiaCalendar.Today(clock)), cancellationToken);
        var sent = new List<string>(reply.Messages.Count);
        foreach (var message in reply.Messages)
        {
            if ((await turnContext.SendActivityAsync(ReplyActivities.ToActivity(message), cancellationToken)).Id is { Length: > 0 } id)
            {
                sent.Add(id);
            }
        }

        // Logged after the replies have gone, and written by QuestionLogWriter: the turn does not wait for the store.
        if (LoggedTurns.Question(reply, user, officer, sent, clock.GetUtcNow()) is { } question)
        {
            questionLog.Asked(question, turnContext.Activity.Conversation?.Id);
        }
    }

    /// <summary>
    /// A step of a chat import (<see cref="ChatImports"/>): a message with a file, the password of a file waiting for it,
    /// or "Import the good rows"; null for any other message.
    /// </summary>
    private async Task<ReplyMessage?> ImportStepAsync(ITurnContext turnContext, UserIdentity user, Officer? officer, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var files = TeamsFile.In(activity);
        var acceptPartial = activity.Value is System.Text.Json.Nodes.JsonObject { } submitted && submitted["importAction"]?.GetValueKind() == JsonValueKind.String
            && submitted["importAction"]!.GetValue<string>() == ImportAnswers.AcceptPartialAction;
        if (files.Count > 0 || acceptPartial)
        {
            var language = (await memories.GetAsync(user.Key, cancellationToken))?.Language == nameof(Language.Hindi) ? Language.Hindi : Language.English;
            return files.Count > 0
                ? imports.Receive(turnContext, user.Key, officer, language, files)
                : imports.AcceptPartial(turnContext, user.Key, officer) ?? ImportAnswers.NoLongerKept(imports.KeptFor, language);
        }

        return !string.IsNullOrWhiteSpace(activity.Text) && imports.AwaitsPassword(user.Key) ? imports.Password(turnContext, user.Key, activity.Text) : null;
    }

    /// <summary>
    /// Teams' 👍/👎 on an answer (<c>message/submitAction</c>, <c>actionName: feedback</c>) is answered 200 with an
    /// empty object, as Teams expects; other invokes as the handler does.
    /// </summary>
    protected override Task<InvokeResponse> OnInvokeActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        if (!string.Equals(turnContext.Activity.Name, FeedbackVote.InvokeName, StringComparison.Ordinal))
        {
            return base.OnInvokeActivityAsync(turnContext, cancellationToken);
        }

        if (FeedbackVote.Read(turnContext.Activity) is not { } vote)
        {
            throw new InvokeResponseException(400);
        }

        logger.LogInformation("Feedback {Reaction} on answer {ReplyToId} (comment of {CommentLength} characters)", vote.Reaction, vote.ReplyToId, vote.Comment.Length);
        if (questionLog.AnswerVotedOn(vote.ReplyToId, turnContext.Activity.Conversation?.Id) is { } replyId)
        {
            // The name Teams sends with the invoke is enough to take the voter's name out of the comment: no look-up.
            questionLog.Voted(LoggedTurns.Vote(replyId, vote.Reaction, vote.Comment, turnContext.Activity.From?.Name, clock.GetUtcNow()));
        }

        return Task.FromResult(new InvokeResponse(200, new { }));
    }

    /// <summary>
    /// "I've done it, check again" on a nudge or status card (<c>Action.Execute</c>, verb <see cref="StatusAnswers.CheckAgainVerb"/>):
    /// answered with the officer's status card from the latest imported report, which replaces the clicked card; "Remind me in a week"
    /// (verb <see cref="NudgeAnswers.RemindLaterVerb"/>) is answered by <see cref="RemindLaterAsync"/>. Any other verb is not implemented (501).
    /// </summary>
    protected override async Task<AdaptiveCardInvokeResponse> OnAdaptiveCardInvokeAsync(ITurnContext turnContext, AdaptiveCardInvokeValue invokeValue, CancellationToken cancellationToken)
    {
        if (string.Equals(invokeValue.Action?.Verb, NudgeAnswers.RemindLaterVerb, StringComparison.Ordinal))
        {
            return await RemindLaterAsync(turnContext, invokeValue, cancellationToken);
        }

        if (!string.Equals(invokeValue.Action?.Verb, StatusAnswers.CheckAgainVerb, StringComparison.Ordinal))
        {
            return await base.OnAdaptiveCardInvokeAsync(turnContext, invokeValue, cancellationToken);
        }

        var user = await members.IdentifyAsync(turnContext, cancellationToken);
        var officer = await officers.FindOfficerAsync(user, cancellationToken);
        JsonElement? data = invokeValue.Action?.Data is { } node ? JsonSerializer.SerializeToElement(node) : null;
        var reply = await assistant.ReplyAsync(new AssistantRequest(user, officer, null, data, IndiaCalendar.Today(clock)), cancellationToken);
        var answer = reply.Messages.FirstOrDefault(m => m.Card is not null);
        return answer?.Card is { } card
            ? AdaptiveCardInvokeResponse.Card(card)
            : AdaptiveCardInvokeResponse.Message(string.Join("\n", reply.Messages.Select(m => m.Text)));
    }

    /// <summary>
    /// "Remind me in a week" on a nudge: the officer the turn's identity finds in the roster (never one the card names) is not
    /// nudged about the card's cycle (else the plan in force) for <see cref="NudgePolicy.SnoozeDays"/> days, kept in the store so
    /// every worker's next passes respect it; the nudge is replaced by a card saying until when.
    /// </summary>
    private async Task<AdaptiveCardInvokeResponse> RemindLaterAsync(ITurnContext turnContext, AdaptiveCardInvokeValue invokeValue, CancellationToken cancellationToken)
    {
        var data = invokeValue.Action?.Data as System.Text.Json.Nodes.JsonObject;
        var language = data?["language"] is System.Text.Json.Nodes.JsonValue named && named.TryGetValue<string>(out var name)
            && Enum.TryParse<Language>(name, out var spoken) ? spoken : Language.English;
        var user = await members.IdentifyAsync(turnContext, cancellationToken);
        if (await officers.FindOfficerAsync(user, cancellationToken) is not { } officer)
        {
            return AdaptiveCardInvokeResponse.Message(NudgeAnswers.NothingToRemindLater(language));
        }

        var today = IndiaCalendar.Today(clock);
        var cycle = (data?["cycle"] is System.Text.Json.Nodes.JsonValue id && id.TryGetValue<string>(out var cycleId) ? catalog.FindCycle(cycleId) : null) is { HasRoles: true } onCard
            ? onCard
            : catalog.CurrentPlan(today)!;
        var until = NudgePolicy.SnoozedUntil(today);
        await snoozes.SnoozeAsync(officer.EmployeeCode, cycle.Id, until, clock.GetUtcNow(), cancellationToken);
        logger.LogInformation("Officer {EmployeeCode} asked to be reminded in a week: no nudges about {Cycle} before {Until}", officer.EmployeeCode, cycle.Id, until);
        return AdaptiveCardInvokeResponse.Card(NudgeAnswers.RemindedLater(cycle, until, language));
    }

    protected override Task OnInstallationUpdateAddAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        WelcomeAsync(turnContext, cancellationToken);

    protected override async Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext turnContext, CancellationToken cancellationToken)
    {
        // In a personal chat Teams sends both installationUpdate and conversationUpdate: greet once, on the install.
        if (turnContext.Activity.WasRecipientAdded())
        {
            var user = await members.IdentifyAsync(turnContext, cancellationToken);
            await RememberConversationAsync(turnContext, user, await officers.FindOfficerAsync(user, cancellationToken), unlessFresh: false, cancellationToken);
        }
    }

    protected override async Task OnInstallationUpdateRemoveAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var user = await members.IdentifyAsync(turnContext, cancellationToken);
        if (await officers.FindOfficerAsync(user, cancellationToken) is not { } officer)
        {
            return;
        }

        recent.Forget(officer.EmployeeCode);
        if (await conversations.DeleteAsync(officer.EmployeeCode, cancellationToken))
        {
            logger.LogInformation("The bot was removed by officer {EmployeeCode}; conversation reference forgotten", officer.EmployeeCode);
        }
    }

    private async Task WelcomeAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var user = await members.IdentifyAsync(turnContext, cancellationToken);
        var officer = await officers.FindOfficerAsync(user, cancellationToken);
        await RememberConversationAsync(turnContext, user, officer, unlessFresh: false, cancellationToken);
        var replies = await assistant.ReplyAsync(new AssistantRequest(user, officer, "hello", null, IndiaCalendar.Today(clock)), cancellationToken);
        foreach (var reply in replies.Messages)
        {
            await turnContext.SendActivityAsync(ReplyActivities.ToActivity(reply), cancellationToken);
        }
    }

    /// <summary>Stores how to reach a roster officer proactively, and links their Teams identity to the roster.</summary>
    /// <param name="officer">Whom the member look-up identified; null (an unknown or unconfirmed user) stores nothing.</param>
    /// <param name="unlessFresh">On messages: not when this process stored the same reference lately (<see cref="RecentConversations"/>).</param>
    private async Task RememberConversationAsync(ITurnContext turnContext, UserIdentity user, Officer? officer, bool unlessFresh, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (activity.Conversation?.ConversationType is { } type && type != "personal")
        {
            return; // proactive nudges go to the personal chat only
        }

        if (officer is null || activity.Conversation?.Id is not { Length: > 0 } conversationId || activity.ServiceUrl is not { Length: > 0 } serviceUrl)
        {
            return;
        }

        var reference = new StoredConversationReference(
            officer.EmployeeCode, conversationId, serviceUrl, activity.GetTenantId(), activity.From?.Id ?? "", activity.Recipient?.Id ?? "", activity.ChannelId ?? "msteams", clock.GetUtcNow());
        if (!unlessFresh || !recent.IsFresh(reference))
        {
            await conversations.SaveAsync(reference, cancellationToken);
            recent.Stored(reference);
        }

        if (user.AadObjectId is { Length: > 0 } aad && activity.From?.Id is { Length: > 0 } teamsUserId && (officer.AadObjectId != aad || officer.TeamsUserId != teamsUserId))
        {
            await officers.LinkTeamsIdentityAsync(officer.EmployeeCode, aad, teamsUserId, cancellationToken);
        }
    }
}
