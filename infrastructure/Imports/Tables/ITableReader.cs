namespace KarmayogiBot.Infrastructure.Imports.Tables;

/// <summary>Reads a table (CSV or worksheet) row by row, never the whole file at once.</summary>
internal interface ITableReader : IDisposable
{
    /// <summary>How far through the file the reader is, 0 to 1.</summary>
    double Progress { get; }

    /// <summary>Only these columns are turned into strings (null: all); the others are checked and skipped.</summary>
    void Select(bool[]? columns);

    /// <summary>The text of the row last read, as it stands in the file (for the rejects file).</summary>
    string RawText { get; }

    /// <summary>The next row, or false at the end of the table.</summary>
    bool Read(out TableRow row);
}
