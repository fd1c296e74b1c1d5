using System.IO.Compression;
using System.Security;
using System.Text;

namespace KarmayogiBot.Infrastructure.Tests.Support;

/// <summary>
/// Writes large (and hostile) import files on the fly, streamed, so a test can make a gigabyte without holding it: a zip
/// of one CSV entry, and an .xlsx whose cells are all shared strings, padded with shared text no cell uses.
/// </summary>
public static class StreamedFiles
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string PackageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";

    /// <summary>A zip holding one entry: <paramref name="head"/>, then <paramref name="fillBytes"/> bytes of 'x' (no line break).</summary>
    public static string ZipOfOneLongRow(string path, string entryName, string head, long fillBytes)
    {
        using var zip = new ZipArchive(File.Create(path), ZipArchiveMode.Create);
        using var entry = zip.CreateEntry(entryName, CompressionLevel.Optimal).Open();
        entry.Write(Encoding.UTF8.GetBytes(head));
        var chunk = new byte[1 << 20];
        Array.Fill(chunk, (byte)'x');
        for (var left = fillBytes; left > 0; left -= chunk.Length)
        {
            entry.Write(chunk, 0, (int)Math.Min(chunk.Length, left));
        }

        return path;
    }

    /// <summary>A zip of the files given (entry name, file), as an iGOT reports.zip bundle.</summary>
    public static string Zip(string path, params (string Entry, string File)[] files)
    {
        using var zip = new ZipArchive(File.Create(path), ZipArchiveMode.Create);
        foreach (var (name, file) in files)
        {
            zip.CreateEntryFromFile(file, name, CompressionLevel.Fastest);
        }

        return path;
    }

    /// <summary>
    /// One worksheet of the rows, every cell a shared string, and <paramref name="paddingBytes"/> more shared text in
    /// strings of 1,000 characters; <paramref name="inlineCellCharacters"/>, when above 0, adds a row with one inline cell that long.
    /// </summary>
    public static string Workbook(string path, IEnumerable<IReadOnlyList<string>> rows, long paddingBytes = 0, int inlineCellCharacters = 0)
    {
        var strings = new List<string>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        using var zip = new ZipArchive(File.Create(path), ZipArchiveMode.Create);
        Part(zip, "[Content_Types].xml", $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>""");
        Part(zip, "_rels/.rels", $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="{PackageRelationships}"><Relationship Id="rId1" Type="{Relationships}/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
        Part(zip, "xl/workbook.xml", $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="{Main}" xmlns:r="{Relationships}"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>""");
        Part(zip, "xl/_rels/workbook.xml.rels", $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="{PackageRelationships}"><Relationship Id="rId1" Type="{Relationships}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="{Relationships}/sharedStrings" Target="sharedStrings.xml"/></Relationships>""");
        using (var sheet = new StreamWriter(zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Fastest).Open(), new UTF8Encoding(false)))
        {
            sheet.Write($"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="{Main}"><sheetData>""");
            var number = 0;
            foreach (var row in rows)
            {
                sheet.Write($"<row r=\"{++number}\">");
                foreach (var value in row)
                {
                    if (!index.TryGetValue(value, out var i))
                    {
                        index[value] = i = strings.Count;
                        strings.Add(value);
                    }

                    sheet.Write($"<c t=\"s\"><v>{i}</v></c>");
                }

                sheet.Write("</row>");
            }

            if (inlineCellCharacters > 0)
            {
                sheet.Write($"<row r=\"{++number}\"><c t=\"inlineStr\"><is><t>");
                Fill(sheet, inlineCellCharacters);
                sheet.Write("</t></is></c></row>");
            }

            sheet.Write("</sheetData></worksheet>");
        }

        using var shared = new StreamWriter(zip.CreateEntry("xl/sharedStrings.xml", CompressionLevel.Fastest).Open(), new UTF8Encoding(false));
        shared.Write($"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="{Main}">""");
        foreach (var text in strings)
        {
            shared.Write($"<si><t xml:space=\"preserve\">{SecurityElement.Escape(text)}</t></si>");
        }

        var filler = new string('p', 1_000);
        for (var written = 0L; written < paddingBytes; written += filler.Length + 17)
        {
            shared.Write("<si><t>");
            shared.Write(filler);
            shared.Write("</t></si>");
        }

        shared.Write("</sst>");
        return path;
    }

    private static void Part(ZipArchive zip, string name, string xml)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.Fastest).Open(), new UTF8Encoding(false));
        writer.Write(xml);
    }

    private static void Fill(StreamWriter writer, int characters)
    {
        var chunk = new string('y', 1 << 16);
        for (var left = characters; left > 0; left -= chunk.Length)
        {
            writer.Write(chunk.AsSpan(0, Math.Min(chunk.Length, left)));
        }
    }
}
