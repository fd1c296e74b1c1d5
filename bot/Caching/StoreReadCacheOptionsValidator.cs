using Microsoft.Extensions.Options;

namespace KarmayogiBot.Bot.Caching;

/// <summary>Every cache lifetime and delay is 0 or more whole seconds; each failure names its key and value.</summary>
public sealed class StoreReadCacheOptionsValidator : IValidateOptions<StoreReadCacheOptions>
{
    public ValidateOptionsResult Validate(string? name, StoreReadCacheOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new[]
            {
                (ReadCacheServiceCollectionExtensions.RosterLifetimeKey, (int?)options.StoreReadCacheSeconds),
                (ReadCacheServiceCollectionExtensions.MemoryLifetimeKey, options.ConversationMemoryCacheSeconds),
                (ReadCacheServiceCollectionExtensions.MemoryWriteDelayKey, options.ConversationMemoryWriteDelaySeconds),
            }
            .Where(setting => setting.Item2 < 0)
            .Select(setting => $"{setting.Item1} is '{setting.Item2}'; it must be a whole number of seconds, 0 or more")
            .ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
