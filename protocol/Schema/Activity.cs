using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace KarmayogiBot.Protocol.Schema;

/// <summary>
/// A Bot Framework activity (schema: microsoft/botframework-sdk <c>specs/botframework-activity</c>) as Teams sends
/// and receives it. Properties the bot does not model are kept in <see cref="AdditionalProperties"/> so nothing is
/// lost on a round trip.
/// </summary>
public sealed class Activity
{
    /// <summary><see cref="ActivityTypes"/>: message, conversationUpdate, installationUpdate, invoke...</summary>
    public string? Type { get; set; }

    public string? Id { get; set; }

    public DateTimeOffset? Timestamp { get; set; }

    public DateTimeOffset? LocalTimestamp { get; set; }

    public string? LocalTimezone { get; set; }

    /// <summary>The connector's base address to answer to (no trailing slash from the Agents Playground).</summary>
    public string? ServiceUrl { get; set; }

    /// <summary><c>msteams</c> for Teams and the Agents Playground.</summary>
    public string? ChannelId { get; set; }

    public ChannelAccount? From { get; set; }

    public ConversationAccount? Conversation { get; set; }

    public ChannelAccount? Recipient { get; set; }

    public string? TextFormat { get; set; }

    public string? AttachmentLayout { get; set; }

    public IList<ChannelAccount>? MembersAdded { get; set; }

    public IList<ChannelAccount>? MembersRemoved { get; set; }

    public string? TopicName { get; set; }

    public string? Locale { get; set; }

    public string? Text { get; set; }

    public string? Speak { get; set; }

    public string? InputHint { get; set; }

    public string? Summary { get; set; }

    public SuggestedActions? SuggestedActions { get; set; }

    public IList<Attachment>? Attachments { get; set; }

    public IList<Entity>? Entities { get; set; }

    public TeamsChannelData? ChannelData { get; set; }

    /// <summary>installationUpdate: <c>add</c>, <c>remove</c>, <c>add-upgrade</c>, <c>remove-upgrade</c>.</summary>
    public string? Action { get; set; }

    public string? ReplyToId { get; set; }

    /// <summary>invoke and event: the operation, e.g. <c>adaptiveCard/action</c>.</summary>
    public string? Name { get; set; }

    /// <summary>invoke: the payload; message: an Adaptive Card <c>Action.Submit</c>'s data and inputs.</summary>
    public JsonNode? Value { get; set; }

    public string? ValueType { get; set; }

    public ConversationReference? RelatesTo { get; set; }

    public string? DeliveryMode { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>A new message activity with <paramref name="text"/> (null for none).</summary>
    public static Activity CreateMessageActivity(string? text = null) => new() { Type = ActivityTypes.Message, Text = text };

    /// <summary>The tenant: <c>conversation.tenantId</c>, else <c>channelData.tenant.id</c> (older activities), else null.</summary>
    public string? GetTenantId()
    {
        var fromConversation = Conversation?.TenantId;
        if (!string.IsNullOrWhiteSpace(fromConversation))
        {
            return fromConversation;
        }

        var fromChannelData = ChannelData?.Tenant?.Id;
        return string.IsNullOrWhiteSpace(fromChannelData) ? null : fromChannelData;
    }

    /// <summary>
    /// Removes the mentions of the recipient (the bot), e.g. <c>&lt;at&gt;Karmayogi Bot&lt;/at&gt;</c>, from
    /// <see cref="Text"/>, trims it, stores and returns it. Mentions of other people stay.
    /// </summary>
    public string? RemoveRecipientMention()
    {
        if (Text is null || Entities is null || string.IsNullOrEmpty(Recipient?.Id))
        {
            return Text;
        }

        var text = Text;
        foreach (var entity in Entities)
        {
            if (string.Equals(entity.Type, Entity.MentionType, StringComparison.OrdinalIgnoreCase)
                && string.Equals(entity.Mentioned?.Id, Recipient.Id, StringComparison.OrdinalIgnoreCase)
                && !string.IsNullOrEmpty(entity.Text))
            {
                text = text.Replace(entity.Text, string.Empty, StringComparison.OrdinalIgnoreCase);
            }
        }

        Text = text.Trim();
        return Text;
    }

    /// <summary>True when a conversationUpdate's <see cref="MembersAdded"/> contains the recipient (the bot was added).</summary>
    public bool WasRecipientAdded() => ContainsRecipient(MembersAdded);

    /// <summary>True when a conversationUpdate's <see cref="MembersRemoved"/> contains the recipient (the bot was removed).</summary>
    public bool WasRecipientRemoved() => ContainsRecipient(MembersRemoved);

    /// <summary>The reference to store to message this conversation later (proactively).</summary>
    public ConversationReference GetConversationReference() => new()
    {
        ActivityId = Id,
        User = From,
        Bot = Recipient,
        Conversation = Conversation,
        ChannelId = ChannelId,
        ServiceUrl = ServiceUrl,
        Locale = Locale,
    };

    /// <summary>
    /// A reply message: <c>from</c> = this recipient, <c>recipient</c> = this sender, same conversation, service URL,
    /// channel and locale, <c>replyToId</c> = this id.
    /// </summary>
    public Activity CreateReply(string? text = null) => new()
    {
        Type = ActivityTypes.Message,
        From = Recipient is null ? null : new ChannelAccount { Id = Recipient.Id, Name = Recipient.Name },
        Recipient = From is null ? null : new ChannelAccount { Id = From.Id, Name = From.Name, AadObjectId = From.AadObjectId },
        Conversation = Conversation is null
            ? null
            : new ConversationAccount
            {
                Id = Conversation.Id,
                ConversationType = Conversation.ConversationType,
                TenantId = Conversation.TenantId,
                IsGroup = Conversation.IsGroup,
                Name = Conversation.Name,
            },
        ReplyToId = Id,
        ServiceUrl = ServiceUrl,
        ChannelId = ChannelId,
        Locale = Locale,
        Text = text,
    };

    /// <summary>
    /// Fills what an outgoing activity does not set from <paramref name="reference"/>: channel, service URL,
    /// conversation, from (the bot), recipient (the user), locale and, for a reply, <c>replyToId</c>.
    /// </summary>
    public Activity ApplyConversationReference(ConversationReference reference, bool setReplyToId = true)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ChannelId ??= reference.ChannelId;
        ServiceUrl ??= reference.ServiceUrl;
        Conversation ??= reference.Conversation;
        From ??= reference.Bot;
        Recipient ??= reference.User;
        Locale ??= reference.Locale;
        if (setReplyToId && ReplyToId is null && !string.IsNullOrEmpty(reference.ActivityId))
        {
            ReplyToId = reference.ActivityId;
        }

        return this;
    }

    private bool ContainsRecipient(IList<ChannelAccount>? members) =>
        members is not null
        && !string.IsNullOrEmpty(Recipient?.Id)
        && members.Any(m => string.Equals(m.Id, Recipient.Id, StringComparison.OrdinalIgnoreCase));
}
