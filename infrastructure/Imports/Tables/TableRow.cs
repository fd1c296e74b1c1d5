namespace KarmayogiBot.Infrastructure.Imports.Tables;

/// <summary>
/// One row of a CSV or worksheet. <see cref="Number"/> is the row as a person finds it: the line the row
/// starts on in a CSV file (the header is row 1), the row number in Excel. When <see cref="Problem"/> is
/// set the row could not be read (broken quoting, wrong number of fields, bytes that are not text).
/// </summary>
/// <param name="Fields">The fields asked for (others are null).</param>
/// <param name="Fingerprint">A hash of the whole row's text, to spot duplicated rows.</param>
internal readonly record struct TableRow(int Number, string?[] Fields, int FieldCount, ulong Fingerprint, string? Problem)
{
    public string Get(int column) => column >= 0 && column < Fields.Length ? Fields[column] ?? "" : "";
}
