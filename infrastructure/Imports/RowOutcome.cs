namespace KarmayogiBot.Infrastructure.Imports;

/// <summary>What an import did to one stored record or profile (or roster officer) in the file being read.</summary>
internal enum RowOutcome : byte
{
    None,
    Added,
    Updated,
    Unchanged,
}
