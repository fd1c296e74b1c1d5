using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace KarmayogiBot.Infrastructure.Reports;

/// <summary>
/// What the report workbooks share (<see cref="SummaryWorkbook"/>, <see cref="NacinWorkbook"/>): a workbook written
/// whole or not at all, sheets streamed row by row (<see cref="OpenXmlWriter"/>), and cells of text (any string:
/// characters XML cannot hold are removed, <see cref="XmlText"/>) or whole numbers.
/// </summary>
internal static class WorkbookSheets
{
    /// <summary>Writes a workbook of the sheets named, in order, each written by its action; a failed write leaves no file.</summary>
    public static void Write(string path, params (string Name, Action<OpenXmlWriter> Rows)[] sheets)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        try
        {
            using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var list = workbook.Workbook.AppendChild(new Sheets());
            uint id = 0;
            foreach (var (name, rows) in sheets)
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                using (var writer = OpenXmlWriter.Create(part))
                {
                    writer.WriteStartElement(new Worksheet());
                    writer.WriteStartElement(new SheetData());
                    rows(writer);
                    writer.WriteEndElement();
                    writer.WriteEndElement();
                }

                list.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = ++id, Name = name });
            }

            workbook.Workbook.Save();
        }
        catch
        {
            // Never leave a truncated workbook behind.
            File.Delete(path);
            throw;
        }
    }

    /// <summary>The circulars' compliance columns of an officer, from "Sl. No" to the e-mail: the row's number, then the roster's code, name, designation, mobile and e-mail.</summary>
    public static void Officer(OpenXmlWriter writer, int number, Domain.Officers.Officer officer)
    {
        Number(writer, number);
        Text(writer, officer.EmployeeCode);
        Text(writer, officer.Name);
        Text(writer, officer.Designation);
        Text(writer, officer.Mobile);
        Text(writer, officer.Email);
    }

    /// <summary>A row of text cells (none: an empty row).</summary>
    public static void Row(OpenXmlWriter writer, params string[] cells)
    {
        writer.WriteStartElement(new Row());
        foreach (var cell in cells)
        {
            Text(writer, cell);
        }

        writer.WriteEndElement();
    }

    /// <summary>A row starting with a text label, then whole numbers.</summary>
    public static void Numbers(OpenXmlWriter writer, string label, params int[] values)
    {
        writer.WriteStartElement(new Row());
        Text(writer, label);
        foreach (var value in values)
        {
            Number(writer, value);
        }

        writer.WriteEndElement();
    }

    public static void Text(OpenXmlWriter writer, string? text)
    {
        writer.WriteElement(new Cell
        {
            DataType = CellValues.InlineString,
            InlineString = new InlineString(new Text(XmlText.Clean(text)) { Space = SpaceProcessingModeValues.Preserve }),
        });
    }

    public static void Number(OpenXmlWriter writer, int value) =>
        writer.WriteElement(new Cell { DataType = CellValues.Number, CellValue = new CellValue(value.ToString(CultureInfo.InvariantCulture)) });
}
