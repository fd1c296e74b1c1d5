namespace KarmayogiBot.Infrastructure.Storage;

/// <summary>Which database keeps officers and records (configuration <c>Store:Provider</c>).</summary>
public enum StoreProvider
{
    /// <summary>An embedded SQLite file (the default): one machine, the bot and the worker side by side.</summary>
    Sqlite,

    /// <summary>PostgreSQL: several bot instances or machines.</summary>
    Postgres,
}
