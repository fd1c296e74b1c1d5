namespace KarmayogiBot.Infrastructure.Storage.Migrations;

/// <summary>One step of a schema for one database: applied once, in order, in a transaction, and recorded in its set's version table.</summary>
/// <param name="Version">The NNNN of the resource's name.</param>
/// <param name="Resource">The embedded resource it came from, <c>Migrations/&lt;provider&gt;/NNNN_name.sql</c>: named in every error.</param>
/// <param name="Description">The resource's leading <c>--</c> comment, recorded with the version.</param>
/// <param name="Sql">The statements, separated by semicolons.</param>
public sealed record Migration(int Version, string Resource, string Description, string Sql);
