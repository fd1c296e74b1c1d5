using System.Globalization;
using System.Text;
using ExcelDataReader;

namespace KarmayogiBot.Infrastructure.Imports.Tables;

/// <summary>Reads the first worksheet of an .xlsx (or .xls) workbook, row by row; cells become text as Excel shows them.</summary>
internal sealed class XlsxTableReader : ITableReader
{
    private readonly Stream _stream;
    private readonly IExcelDataReader _reader;
    private int _row;
    private bool[]? _wanted;
    private readonly List<string> _texts = [];

    static XlsxTableReader()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    /// <param name="stream">A stream that can seek.</param>
    public XlsxTableReader(Stream stream)
    {
        _stream = stream;
        _reader = ExcelReaderFactory.CreateReader(stream);
    }

    public double Progress => _stream.CanSeek && _stream.Length > 0 ? Math.Min(1.0, (double)_stream.Position / _stream.Length) : 0;

    public void Select(bool[]? columns) => _wanted = columns;

    public string RawText => string.Join(",", _texts.Select(t => t.Contains(',') || t.Contains('"') ? "\"" + t.Replace("\"", "\"\"") + "\"" : t));

    public bool Read(out TableRow row)
    {
        while (_reader.Read())
        {
            _row++;
            var count = _reader.FieldCount;
            while (count > 0 && IsEmpty(_reader.GetValue(count - 1)))
            {
                count--;
            }

            if (count == 0)
            {
                continue;
            }

            var fields = new string?[count];
            var hash = new HashCode();
            _texts.Clear();
            for (var i = 0; i < count; i++)
            {
                var text = Text(_reader.GetValue(i));
                hash.Add(text, StringComparer.Ordinal);
                _texts.Add(text);
                if (_wanted is null || (i < _wanted.Length && _wanted[i]))
                {
                    fields[i] = text;
                }
            }

            row = new TableRow(_row, fields, count, ((ulong)(uint)hash.ToHashCode() << 32) | (uint)count, null);
            return true;
        }

        row = default;
        return false;
    }

    public void Dispose()
    {
        _reader.Dispose();
        _stream.Dispose();
    }

    private static bool IsEmpty(object? value) => value is null || value is DBNull || (value is string s && s.Length == 0);

    private static string Text(object? value) => value switch
    {
        null or DBNull => "",
        string s => s,
        double d when Math.Abs(d) < 1e15 && d == Math.Floor(d) => ((long)d).ToString(CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        DateTime t when t.TimeOfDay == TimeSpan.Zero => t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
