namespace KarmayogiBot.Infrastructure.Imports;

/// <summary>
/// How big an import's files may be (section <c>Import</c>): each cap is named, with its key, in the problem a file over
/// it gets, and none lets memory grow with the file (rows are streamed; a row, a cell and a workbook's shared text are
/// held only up to their caps). The defaults fit a CBIC-wide iGOT export of 63,000 officers many times over: its rows are
/// under 1,000 characters, its cells under 300 and a bundle of its reports under 1 GB.
/// </summary>
public sealed class ImportLimits
{
    public const string SectionName = "Import";

    /// <summary>The most characters one row of a CSV file may have (a quote left open makes the rest of a file one row).</summary>
    public int MaxRowCharacters { get; set; } = 65_536;

    /// <summary>The most characters a cell the import reads may have: a longer one rejects its row.</summary>
    public int MaxCellLength { get; set; } = 2_000;

    /// <summary>The most bytes a reports.zip bundle's or a workbook's entries may expand to, together.</summary>
    public long MaxZipExpandedBytes { get; set; } = 2L << 30;

    /// <summary>The most entries a reports.zip bundle or a workbook may hold.</summary>
    public int MaxZipEntries { get; set; } = 1_000;

    /// <summary>The most bytes a workbook's shared text (xl/sharedStrings.xml, which is read whole) may expand to.</summary>
    public long MaxSharedStringsBytes { get; set; } = 100_000_000;

    /// <summary>Where an .xlsx inside a bundle is expanded while it is read (deleted after); empty: a folder in the system's temp folder.</summary>
    public string TempFolder { get; set; } = "";

    /// <summary>The folder <see cref="TempFolder"/> names, or the default one.</summary>
    public string TempPath => string.IsNullOrWhiteSpace(TempFolder) ? Path.Combine(Path.GetTempPath(), "karmayogi-import") : TempFolder;

    /// <summary>The setting's key as a problem names it ("Import:MaxCellLength").</summary>
    public static string Key(string setting) => $"{SectionName}:{setting}";
}
