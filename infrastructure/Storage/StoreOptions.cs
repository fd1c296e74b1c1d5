using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

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

    /// <summary><c>ConnectionStrings:Karmayogi</c>, copied in when the options are bound.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>The SQLite connection string: the one configured, or the default file's.</summary>
    public string SqliteConnectionString => string.IsNullOrWhiteSpace(ConnectionString)
        ? SqliteKarmayogiDatabase.ForFile(DefaultDatabasePath.Resolve())
        : ConnectionString;

    /// <summary>
    /// The options bound and validated as the host does it, for what is configured before the host exists (Quartz's job
    /// store); a bad value throws naming the key.
    /// </summary>
    public static StoreOptions From(IConfiguration configuration)
    {
        var options = configuration.GetSection(SectionName).Get<StoreOptions>() ?? new StoreOptions();
        options.ConnectionString = configuration.GetConnectionString(ConnectionStringName);
        var result = new StoreOptionsValidator().Validate(null, options);
        return result.Failed ? throw new OptionsValidationException(SectionName, typeof(StoreOptions), result.Failures) : options;
    }
}
