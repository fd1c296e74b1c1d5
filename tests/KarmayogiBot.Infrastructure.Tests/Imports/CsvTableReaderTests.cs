using System.Text;
using KarmayogiBot.Infrastructure.Imports.Tables;

namespace KarmayogiBot.Infrastructure.Tests.Imports;

public sealed class CsvTableReaderTests
{
    private static List<TableRow> Read(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        using var reader = new CsvTableReader(new MemoryStream(bytes), bytes.Length);
        var rows = new List<TableRow>();
        while (reader.Read(out var row))
        {
            rows.Add(row);
        }

        return rows;
    }

    [Fact]
    public void Read_QuotedFieldWithLineBreaksAndQuotes_IsOneRowNumberedByItsFirstLine()
    {
        var rows = Read("a,b\r\n1,\"two\r\nlines, \"\"quoted\"\"\"\r\n3,4\r\n");

        Assert.Equal([1, 2, 4], rows.Select(r => r.Number));
        Assert.Equal("two\r\nlines, \"quoted\"", rows[1].Fields[1]);
        Assert.Equal(new string?[] { "3", "4" }, rows[2].Fields);
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void Read_AnyLineEnding_SplitsRowsAndSkipsBlankLines(string newline)
    {
        var rows = Read($"a,b{newline}1,2{newline}{newline}3,{newline}");

        Assert.Equal([["a", "b"], ["1", "2"], ["3", ""]], rows.Select(r => r.Fields.Select(f => f ?? "").ToArray()));
        Assert.Equal([1, 2, 4], rows.Select(r => r.Number));
    }

    [Fact]
    public void Read_RowsLongerThanTheBuffer_AreReadWhole()
    {
        var longText = new string('x', 200_000);
        var rows = Read($"a,b\n\"{longText}\",{longText}\nend,1\n");

        Assert.Equal(longText, rows[1].Fields[0]);
        Assert.Equal(longText, rows[1].Fields[1]);
        Assert.Equal(new string?[] { "end", "1" }, rows[2].Fields);
    }

    [Fact]
    public void Read_SelectedColumns_OnlyThoseBecomeText()
    {
        var bytes = Encoding.UTF8.GetBytes("a,b,c\n1,2,3\n");
        using var reader = new CsvTableReader(new MemoryStream(bytes), bytes.Length);
        reader.Read(out _);
        reader.Select([false, true, false]);

        reader.Read(out var row);

        Assert.Equal(new string?[] { null, "2", null }, row.Fields);
        Assert.Equal(3, row.FieldCount);
        Assert.Equal("1,2,3", reader.RawText);
    }

    [Fact]
    public void Read_IdenticalRows_HaveOneFingerprint()
    {
        var rows = Read("a,b\n1,2\n1,3\n1,2\n");

        Assert.Equal(rows[1].Fingerprint, rows[3].Fingerprint);
        Assert.NotEqual(rows[1].Fingerprint, rows[2].Fingerprint);
    }
}
