namespace KarmayogiBot.Infrastructure.Storage.Migrations;

/// <summary>
/// For a set whose first tables were made before it had its own version table: when none of its versions is
/// recorded and <paramref name="Condition"/> (a SELECT of a count) is not zero, the versions up to
/// <paramref name="Version"/> are recorded as there already, and not run.
/// </summary>
public sealed record MigrationBaseline(int Version, string Condition);
