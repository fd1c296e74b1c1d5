namespace KarmayogiBot.Infrastructure.Tests.Support;

/// <summary>Tests that measure the process's memory: run with no other test beside them.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AloneCollection
{
    public const string Name = "Run alone";
}
