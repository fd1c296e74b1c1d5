namespace KarmayogiBot.Infrastructure.Storage.Migrations;

/// <summary>One step of the schema: applied once, in order, in a transaction, and recorded in <c>schema_version</c>.</summary>
/// <param name="Sqlite">The DDL for SQLite; statements separated by semicolons.</param>
/// <param name="Postgres">The same for PostgreSQL.</param>
public sealed record Migration(int Version, string Description, string Sqlite, string Postgres)
{
    public string For(StoreProvider provider) => provider == StoreProvider.Postgres ? Postgres : Sqlite;
}
