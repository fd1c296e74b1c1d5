using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace KarmayogiBot.Testing;

/// <summary>Writes and reads small .xlsx files for tests.</summary>
public static class Workbooks
{
    /// <summary>One sheet; a cell that parses as a whole number is written as a number, as Excel keeps phone numbers.</summary>
    public static string Write(string path, IEnumerable<IReadOnlyList<string>> rows)
    {
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        var sheetPart = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        foreach (var values in rows)
        {
            var row = new Row();
            foreach (var value in values)
            {
                row.Append(long.TryParse(value, out _) && value.Length < 16 && !value.StartsWith('0')
                    ? new Cell { DataType = CellValues.Number, CellValue = new CellValue(value) }
                    : new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(value)) });
            }

            data.Append(row);
        }

        sheetPart.Worksheet = new Worksheet(data);
        workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "Sheet1" }));
        workbook.Workbook.Save();
        return path;
    }

    /// <summary>Every sheet's rows as text, by sheet name.</summary>
    public static Dictionary<string, List<List<string>>> Read(string path)
    {
        using var document = SpreadsheetDocument.Open(path, false);
        var workbook = document.WorkbookPart!;
        var result = new Dictionary<string, List<List<string>>>();
        foreach (var sheet in workbook.Workbook.Sheets!.Elements<Sheet>())
        {
            var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
            result[sheet.Name!] = part.Worksheet.Descendants<Row>()
                .Select(r => r.Elements<Cell>().Select(c => c.InlineString?.InnerText ?? c.CellValue?.Text ?? "").ToList())
                .ToList();
        }

        return result;
    }
}
