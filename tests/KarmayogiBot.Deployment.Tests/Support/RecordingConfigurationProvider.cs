using Microsoft.Extensions.Configuration;

namespace KarmayogiBot.Deployment.Tests.Support;

/// <summary>
/// Answers nothing and records each key read. Options binding asks for each property of an options class (and for
/// each item of a configured list), never for a key no class has: an invented setting stays unrecorded.
/// </summary>
public sealed class RecordingConfigurationProvider(ConfigurationReads reads) : ConfigurationProvider
{
    public override bool TryGet(string key, out string? value)
    {
        reads.RecordValue(key);
        value = null;
        return false;
    }
}
