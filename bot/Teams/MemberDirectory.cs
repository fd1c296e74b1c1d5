using KarmayogiBot.Assistant;
using KarmayogiBot.Protocol.Connector;
using KarmayogiBot.Protocol.Turns;
using Microsoft.Extensions.Caching.Memory;

namespace KarmayogiBot.Bot.Teams;

/// <summary>
/// Who is speaking, from Teams' member look-up (e-mail, UPN, Entra object id) and only from it: an activity's own
/// <c>from.aadObjectId</c> is whatever the caller wrote. A confirmed identity is cached for an hour per user. When the
/// look-up fails (the sender is not a member of the conversation, the channel does not support it, Teams is down)
/// the user is unknown: keyed by their channel id, with no object id or e-mail, so nothing of the roster's rights,
/// records or stored conversation reference can be reached through them. A failure is not cached.
/// </summary>
public sealed class MemberDirectory(IMemoryCache cache, ILogger<MemberDirectory> logger)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    public async Task<UserIdentity> IdentifyAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        var from = activity.From;
        var userId = from?.Id is { Length: > 0 } id ? id : "anonymous";
        if (cache.TryGetValue<UserIdentity>($"member:{userId}", out var known) && known is not null)
        {
            return known;
        }

        var unconfirmed = new UserIdentity(userId, from?.Name, null, null, null);
        if (activity.Conversation?.Id is not { Length: > 0 } conversationId || from?.Id is not { Length: > 0 })
        {
            return unconfirmed;
        }

        try
        {
            var member = await turn.Connector.GetConversationMemberAsync(conversationId, userId, cancellationToken);
            var aad = member.AadObjectId is { Length: > 0 } memberAad ? memberAad : null;
            var identity = new UserIdentity(aad ?? userId, member.Name ?? from.Name, member.Email, member.UserPrincipalName, aad);
            cache.Set($"member:{userId}", identity, Lifetime);
            return identity;
        }
        catch (ConnectorException e)
        {
            logger.LogWarning("Member look-up answered {StatusCode} {ErrorCode}; the sender is treated as an unknown user", (int)e.StatusCode, e.ErrorCode);
            return unconfirmed;
        }
    }
}
