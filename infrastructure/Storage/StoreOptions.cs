namespace KarmayogiBot.Infrastructure.Storage;

/// <summary>
/// The <c>Store</c> configuration section. The connection string is <c>ConnectionStrings:Karmayogi</c>;
/// for SQLite it may be left out, and the file is then <see cref="DefaultDatabasePath"/>.
/// </summary>
public sealed class StoreOptions
{
    public const string SectionName = "Store";

    public const string ConnectionStringName = "Karmayogi";

    public StoreProvider Provider { get; set; } = StoreProvider.Sqlite;

    /// <summary>How long (seconds) a command waits for a lock held by another process before failing.</summary>
    public int BusyTimeoutSeconds { get; set; } = 30;
}
