using KarmayogiBot.Infrastructure.Reports;
using static KarmayogiBot.Infrastructure.Tests.Support.OneOfficerZone;

namespace KarmayogiBot.Infrastructure.Tests.Reports;

/// <summary>
/// Issue 15, item 2: a NUL or vertical tab in one roster cell (text pasted from Excel or Word) made every export and
/// fortnightly summary fail with "hexadecimal value 0x0B, is an invalid character" and left truncated files behind.
/// </summary>
public sealed class SummaryWorkbookTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    public static TheoryData<int> EveryCharacterXmlCannotHold()
    {
        var data = new TheoryData<int>();
        foreach (var c in Enumerable.Range(0, 0x20).Where(c => c is not (0x09 or 0x0A or 0x0D)).Concat([0xFFFE, 0xFFFF, 0xD800, 0xDC00]))
        {
            data.Add(c);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryCharacterXmlCannotHold))]
    public void Write_OfficerWithACharacterXmlCannotHold_WritesTheWorkbookWithoutIt(int character)
    {
        var bad = ((char)character).ToString();
        var path = folder.File("zone.xlsx");

        SummaryWorkbook.Write(Summary(Officer(name: $"Meena{bad} Iyer", designation: $"Inspec{bad}tor", mobile: $"98{bad}40000000")), path);

        var defaulters = Workbooks.Read(path)["Defaulters"];
        var row = defaulters.Single(r => r.Contains("T0001"));
        Assert.Contains("Meena Iyer", row);
        Assert.Contains("Inspector", row);
        Assert.Contains("9840000000", row);
    }

    [Fact]
    public void Write_TextXmlCanHold_IsKeptAsItIs()
    {
        var path = folder.File("zone.xlsx");
        const string name = "मीना अय्यर\tTab 😀 =SUM(A1)";

        SummaryWorkbook.Write(Summary(Officer(name: name)), path);

        Assert.Contains(name, Workbooks.Read(path)["Defaulters"].Single(r => r.Contains("T0001")));
    }

    [Fact]
    public void Write_FailingHalfway_LeavesNoFile()
    {
        var path = folder.File("zone.xlsx");
        var summary = Summary(Officer()) with { Officers = null! };

        Assert.ThrowsAny<Exception>(() => SummaryWorkbook.Write(summary, path));

        Assert.False(File.Exists(path));
    }
}
