namespace KarmayogiBot.Assistant;

/// <summary>Answers a user's turn. Channel-agnostic: no HTTP, no Teams types.</summary>
public interface IAssistant
{
    Task<AssistantReply> ReplyAsync(AssistantRequest request, CancellationToken cancellationToken = default);
}
