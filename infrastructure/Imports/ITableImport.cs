using KarmayogiBot.Infrastructure.Imports.Tables;

namespace KarmayogiBot.Infrastructure.Imports;

/// <summary>What an importer does with each file of an import command; <see cref="ImportTransaction.RunAsync"/> does the rest.</summary>
internal interface ITableImport
{
    /// <summary>Reads the file's header and rows into the transaction's session and problem log.</summary>
    ImportResult Table(TableSource source, int fileIndex, CancellationToken cancellationToken);
}
