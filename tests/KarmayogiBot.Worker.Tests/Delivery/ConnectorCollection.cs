namespace KarmayogiBot.Worker.Tests.Delivery;

/// <summary>Tests that run a connector, subprocesses (the worker) and time-sensitive passes: one at a time on a 2-core machine.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConnectorCollection
{
    public const string Name = "connector";
}
