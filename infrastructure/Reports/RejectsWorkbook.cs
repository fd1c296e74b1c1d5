using KarmayogiBot.Infrastructure.Imports.Tables;

namespace KarmayogiBot.Infrastructure.Reports;

/// <summary>The rows an import rejected, with their reasons (the CSV <see cref="Imports.ImportOptions.RejectsPath"/> names), as a workbook: one sheet, "Rejected rows", File, Row, Reason, Row text.</summary>
public static class RejectsWorkbook
{
    public static void Write(string rejectsCsv, string path) =>
        WorkbookSheets.Write(path, ("Rejected rows", writer =>
        {
            using var stream = File.OpenRead(rejectsCsv);
            using var reader = new CsvTableReader(stream, stream.Length);
            while (reader.Read(out var row))
            {
                WorkbookSheets.Row(writer, [.. Enumerable.Range(0, row.FieldCount).Select(row.Get)]);
            }
        }));
}
