using Microsoft.Extensions.Configuration;

namespace KarmayogiBot.Deployment.Tests.Support;

/// <summary>Answers nothing; records each key read (<see cref="TryGet"/>) and each section whose children are listed.</summary>
public sealed class RecordingConfigurationProvider(ConfigurationReads reads) : ConfigurationProvider
{
    public override bool TryGet(string key, out string? value)
    {
        reads.RecordValue(key);
        value = null;
        return false;
    }

    public override IEnumerable<string> GetChildKeys(IEnumerable<string> earlierKeys, string? parentPath)
    {
        reads.RecordChildren(parentPath ?? "");
        return earlierKeys;
    }
}
