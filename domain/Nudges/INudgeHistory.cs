using KarmayogiBot.Domain.Officers;

namespace KarmayogiBot.Domain.Nudges;

/// <summary>Reads the worker's outbox: what the last nudge pass did.</summary>
public interface INudgeHistory
{
    /// <summary>The last pass's outcome for the officers of the scope; null when no pass has run.</summary>
    Task<NudgeRunSummary?> LastRunAsync(OfficerScope scope, CancellationToken cancellationToken = default);
}
