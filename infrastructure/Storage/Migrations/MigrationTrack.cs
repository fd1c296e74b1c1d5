namespace KarmayogiBot.Infrastructure.Storage.Migrations;

/// <summary>Where a migration set records the versions it applied, and what its history leaves out.</summary>
/// <param name="VersionTable">The table of applied versions (version, description, applied_at); a plain lower-case name.</param>
public sealed record MigrationTrack(string VersionTable)
{
    /// <summary>Versions that moved elsewhere: their number is never used again, and no resource is expected for them.</summary>
    public IReadOnlyCollection<int> RetiredVersions { get; init; } = [];

    /// <summary>How a database made before this track existed joins it; none for most sets.</summary>
    public MigrationBaseline? Baseline { get; init; }
}
