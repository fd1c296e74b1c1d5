using KarmayogiBot.Assistant;
using KarmayogiBot.Protocol.Connector;
using KarmayogiBot.Protocol.Turns;
using Microsoft.Extensions.Caching.Memory;

namespace KarmayogiBot.Bot.Teams;

/// <summary>
/// Who is speaking: the Teams member look-up (e-mail, UPN, Entra object id), cached for an hour per user.
/// When the look-up fails (the user left, the channel does not support it) the activity's own ids are used.
/// </summary>
public sealed class MemberDirectory(IMemoryCache cache, ILogger<MemberDirectory> logger)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    public async Task<UserIdentity> IdentifyAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        var from = activity.From;
        var userId = from?.Id ?? "anonymous";
        var key = from?.AadObjectId is { Length: > 0 } aad ? aad : userId;
        if (cache.TryGetValue<UserIdentity>($"member:{userId}", out var known) && known is not null)
        {
            return known;
        }

        var identity = new UserIdentity(key, from?.Name, null, null, from?.AadObjectId);
        if (activity.Conversation?.Id is { Length: > 0 } conversationId && from?.Id is { Length: > 0 })
        {
            try
            {
                var member = await turn.Connector.GetConversationMemberAsync(conversationId, userId, cancellationToken);
                identity = new UserIdentity(
                    member.AadObjectId is { Length: > 0 } memberAad ? memberAad : key,
                    member.Name ?? from.Name,
                    member.Email,
                    member.UserPrincipalName,
                    member.AadObjectId ?? from.AadObjectId);
            }
            catch (ConnectorException e)
            {
                logger.LogInformation("Member look-up answered {StatusCode} {ErrorCode}; using the activity's ids", (int)e.StatusCode, e.ErrorCode);
            }
        }

        cache.Set($"member:{userId}", identity, Lifetime);
        return identity;
    }
}
