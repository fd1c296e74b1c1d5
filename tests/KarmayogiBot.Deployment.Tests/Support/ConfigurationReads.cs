using System.Collections.Concurrent;

namespace KarmayogiBot.Deployment.Tests.Support;

/// <summary>The configuration keys a process asked for a value of.</summary>
public sealed class ConfigurationReads
{
    private readonly ConcurrentDictionary<string, byte> _values = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyCollection<string> Values => _values.Keys.Order(StringComparer.OrdinalIgnoreCase).ToList();

    public void RecordValue(string key) => _values.TryAdd(key, 0);
}
