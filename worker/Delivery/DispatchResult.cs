namespace KarmayogiBot.Worker.Delivery;

/// <summary>What one dispatcher run did: deliveries by outcome, retries after refusals, and in-doubt rows recovered.</summary>
public sealed record DispatchResult(int Sent, int Failed, int Unreachable, int Retried, int ConversationsCreated, int InDoubtRecovered);
