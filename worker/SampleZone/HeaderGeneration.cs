namespace KarmayogiBot.Worker.SampleZone;

/// <summary>One generation of an iGOT export's header row (named by when it appeared, e.g. 2025-10).</summary>
public sealed record HeaderGeneration(string Generation, string Note, IReadOnlyList<HeaderColumn> Columns);
