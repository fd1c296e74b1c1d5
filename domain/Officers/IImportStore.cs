namespace KarmayogiBot.Domain.Officers;

/// <summary>The history of imports (they are written by the import itself, in its transaction).</summary>
public interface IImportStore
{
    /// <summary>The newest imports first.</summary>
    Task<IReadOnlyList<ImportRun>> ListRecentAsync(int count, CancellationToken cancellationToken = default);

    Task<ImportRun?> LatestAsync(ImportKind kind, CancellationToken cancellationToken = default);
}
