using Microsoft.Extensions.Options;

namespace KarmayogiBot.Infrastructure.Storage;

/// <summary>What a usable <see cref="StoreOptions"/> is; each failure names its key.</summary>
public sealed class StoreOptionsValidator : IValidateOptions<StoreOptions>
{
    public ValidateOptionsResult Validate(string? name, StoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (!Enum.IsDefined(options.Provider))
        {
            failures.Add($"{StoreOptions.SectionName}:Provider is '{options.Provider}'; it must be Sqlite or Postgres");
        }

        if (options.BusyTimeoutSeconds <= 0)
        {
            failures.Add($"{StoreOptions.SectionName}:BusyTimeoutSeconds is '{options.BusyTimeoutSeconds}'; it must be a whole number of seconds above 0");
        }

        if (options.Provider == StoreProvider.Postgres && string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            failures.Add($"{StoreOptions.SectionName}:Provider is Postgres but ConnectionStrings:{StoreOptions.ConnectionStringName} is not set (e.g. Host=127.0.0.1;Username=...;Password=...;Database=karmayogi)");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
