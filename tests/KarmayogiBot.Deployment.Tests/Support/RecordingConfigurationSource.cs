using Microsoft.Extensions.Configuration;

namespace KarmayogiBot.Deployment.Tests.Support;

/// <summary>
/// A configuration source that holds no values and writes down every key asked of it. Added last (highest
/// precedence), it is asked first for every key, so it sees every read whatever the other sources hold.
/// </summary>
public sealed class RecordingConfigurationSource(ConfigurationReads reads) : IConfigurationSource
{
    public IConfigurationProvider Build(IConfigurationBuilder builder) => new RecordingConfigurationProvider(reads);
}
