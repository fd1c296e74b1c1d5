using System.Collections.Concurrent;

namespace KarmayogiBot.Deployment.Tests.Support;

/// <summary>What a process asked its configuration for: keys whose values it read, and sections whose children it listed.</summary>
public sealed class ConfigurationReads
{
    private readonly ConcurrentDictionary<string, byte> _values = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, byte> _children = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyCollection<string> Values => _values.Keys.Order(StringComparer.OrdinalIgnoreCase).ToList();

    public IReadOnlyCollection<string> ListedSections => _children.Keys.Order(StringComparer.OrdinalIgnoreCase).ToList();

    public void RecordValue(string key) => _values.TryAdd(key, 0);

    public void RecordChildren(string section) => _children.TryAdd(section, 0);
}
