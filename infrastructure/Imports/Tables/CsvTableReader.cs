using System.Buffers;
using System.Text;

namespace KarmayogiBot.Infrastructure.Imports.Tables;

/// <summary>
/// A streaming RFC 4180 reader: UTF-8 with or without BOM, UTF-16 LE/BE with BOM (as Excel saves
/// "Unicode Text"), separator found from the header line (comma, tab, semicolon or bar), quoted fields
/// with doubled quotes and line breaks. Broken quoting and bytes that are not text make that row a
/// problem row (with the line it starts on) rather than stopping the file. A row longer than its cap stops the file
/// (<see cref="TableLimitException"/>): the reader holds one row at a time, so memory never grows with the row.
/// </summary>
/// <remarks>
/// Not CsvHelper (issue 11 item 8: use it if the import stays within 1.2x of <c>sqlite3 .import</c>): measured on
/// zonegen's 100,000-officer ConsumptionReport.csv (780,555 rows, 400 MB), one run, 2 cores at load 60-70,
/// <c>sqlite3 .import</c> took 34.2-34.6 s and the whole <c>worker import igot</c> 98.1 s (2.8x); reading the
/// import's 11 columns took CsvHelper 34's CsvReader 1.8-2.5 s and this reader 8.6-10.9 s. Even a parse of no
/// cost would leave the import above 2.6x: the store's writes and the standing facts, not the parsing, hold it
/// above 1.2x, so the import keeps this reader and its row-level problems (line numbers, raw text for the rejects).
/// </remarks>
internal sealed class CsvTableReader : ITableReader
{
    private static readonly char[] CandidateSeparators = [',', '\t', ';', '|'];

    private readonly CountingStream _stream;
    private readonly StreamReader _reader;
    private SearchValues<char> _unquotedStops = SearchValues.Create(",\r\n\"");
    private char[] _buffer = new char[1 << 16];
    private int _start;
    private int _pos;
    private int _end;
    private bool _eof;
    private int _line = 1;
    private bool[]? _wanted;
    private int[] _fieldStart = new int[64];
    private int[] _fieldLength = new int[64];
    private bool[] _fieldEscaped = new bool[64];
    private int _fieldCount;
    private int _lastStart;
    private int _lastLength;

    private readonly IDisposable? _owner;
    private readonly int _maxRow;
    private int _recordLine = 1;

    /// <param name="maxRowCharacters">The longest row read (<see cref="ImportLimits.MaxRowCharacters"/>).</param>
    /// <param name="maxBytes">The most bytes the stream may give (<see cref="ImportLimits.MaxZipExpandedBytes"/>, for a zip entry).</param>
    /// <param name="owner">Disposed with the reader (the zip file an entry's stream comes from).</param>
    public CsvTableReader(Stream stream, long length, int maxRowCharacters = int.MaxValue, long maxBytes = long.MaxValue, IDisposable? owner = null)
    {
        _owner = owner;
        _maxRow = maxRowCharacters;
        _stream = new CountingStream(stream, length, maxBytes, nameof(ImportLimits.MaxZipExpandedBytes));
        _reader = new StreamReader(_stream, new UTF8Encoding(false, false), detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        Fill();
        Separator = DetectSeparator();
        _unquotedStops = SearchValues.Create([Separator, '\r', '\n', '"']);
    }

    public char Separator { get; }

    public double Progress => _stream.Length <= 0 ? 0 : Math.Min(1.0, (double)_stream.BytesRead / _stream.Length);

    public void Select(bool[]? columns) => _wanted = columns;

    public string RawText => new(_buffer, _lastStart, Math.Min(_lastLength, _end - _lastStart));

    public bool Read(out TableRow row)
    {
        while (true)
        {
            if (_pos >= _end && !Fill())
            {
                row = default;
                return false;
            }

            var line = _recordLine = _line;
            var problem = ReadRecord(out var recordLength);
            ThrowIfLongerThanAllowed(recordLength);
            if (problem is null && _fieldCount == 1 && _fieldLength[0] == 0 && !_fieldEscaped[0] && recordLength == 0)
            {
                continue; // a blank line
            }

            var record = _buffer.AsSpan(_start, recordLength);
            if (problem is null && record.Contains('\uFFFD'))
            {
                problem = "the row has bytes that are not UTF-8 text (save the file as \"CSV UTF-8\")";
            }

            var fields = new string?[_fieldCount];
            for (var i = 0; i < _fieldCount; i++)
            {
                if (_wanted is null || (i < _wanted.Length && _wanted[i]))
                {
                    var text = _buffer.AsSpan(_start + _fieldStart[i], _fieldLength[i]);
                    fields[i] = _fieldEscaped[i] ? text.ToString().Replace("\"\"", "\"", StringComparison.Ordinal) : text.ToString();
                }
            }

            var fingerprint = ((ulong)(uint)string.GetHashCode(record) << 32) | (uint)(record.Length * 31 + _fieldCount);
            row = new TableRow(line, fields, _fieldCount, fingerprint, problem);
            _lastStart = _start;
            _lastLength = recordLength;
            _start = _pos;
            return true;
        }
    }

    public void Dispose()
    {
        _reader.Dispose();
        _owner?.Dispose();
    }

    /// <summary>Reads one record from _pos; field offsets are kept relative to _start (the buffer may move).</summary>
    private string? ReadRecord(out int recordLength)
    {
        _start = _pos;
        _fieldCount = 0;
        string? problem = null;
        var recordEnd = -1;
        while (true)
        {
            if (_pos >= _end && !Fill())
            {
                AddField(_pos - _start, 0, false);
                break;
            }

            if (_buffer[_pos] == '"')
            {
                _pos++;
                var contentStart = _pos - _start;
                var escaped = false;
                var openedOn = _line;
                var closed = false;
                while (true)
                {
                    if (_pos >= _end && !Fill())
                    {
                        break;
                    }

                    var index = _buffer.AsSpan(_pos, _end - _pos).IndexOfAny('"', '\n');
                    if (index < 0)
                    {
                        _pos = _end;
                        continue;
                    }

                    _pos += index;
                    if (_buffer[_pos] == '\n')
                    {
                        _line++;
                        _pos++;
                        continue;
                    }

                    if (_pos + 1 >= _end)
                    {
                        Fill();
                    }

                    if (_pos + 1 < _end && _buffer[_pos + 1] == '"')
                    {
                        escaped = true;
                        _pos += 2;
                        continue;
                    }

                    closed = true;
                    break;
                }

                if (!closed)
                {
                    AddField(contentStart, _pos - _start - contentStart, escaped);
                    problem ??= $"a quoted field opened on line {openedOn} is never closed; the rest of the file (to line {_line}) cannot be read";
                    break;
                }

                AddField(contentStart, _pos - _start - contentStart, escaped);
                _pos++;
                if (_pos >= _end && !Fill())
                {
                    break;
                }

                var next = _buffer[_pos];
                if (next == Separator)
                {
                    _pos++;
                    continue;
                }

                if (next is '\r' or '\n')
                {
                    recordEnd = _pos - _start;
                    ConsumeLineBreak();
                    break;
                }

                problem ??= $"text after the closing quote of field {_fieldCount} (a quote inside a quoted field must be doubled)";
                recordEnd = SkipToLineEnd();
                break;
            }

            var fieldStart = _pos - _start;
            var ended = false;
            while (true)
            {
                if (_pos >= _end && !Fill())
                {
                    AddField(fieldStart, _pos - _start - fieldStart, false);
                    ended = true;
                    break;
                }

                var index = _buffer.AsSpan(_pos, _end - _pos).IndexOfAny(_unquotedStops);
                if (index < 0)
                {
                    _pos = _end;
                    continue;
                }

                _pos += index;
                var c = _buffer[_pos];
                if (c == '"')
                {
                    problem ??= $"a double quote inside unquoted field {_fieldCount + 1} (quote the whole field and double the quote)";
                    _pos++;
                    continue;
                }

                AddField(fieldStart, _pos - _start - fieldStart, false);
                if (c == Separator)
                {
                    _pos++;
                    break;
                }

                recordEnd = _pos - _start;
                ConsumeLineBreak();
                ended = true;
                break;
            }

            if (ended)
            {
                break;
            }
        }

        recordLength = recordEnd >= 0 ? recordEnd : _pos - _start;
        return problem;
    }

    /// <summary>The row being read may grow no further than the cap: it is checked as it grows (memory) and when it ends.</summary>
    private void ThrowIfLongerThanAllowed(int length)
    {
        if (length > _maxRow)
        {
            throw new TableLimitException(_recordLine,
                $"the row is longer than {TableLimitException.Limit(_maxRow, "characters", nameof(ImportLimits.MaxRowCharacters))}; a quote left open makes the rest of the file one row");
        }
    }

    private void AddField(int start, int length, bool escaped)
    {
        if (_fieldCount == _fieldStart.Length)
        {
            Array.Resize(ref _fieldStart, _fieldCount * 2);
            Array.Resize(ref _fieldLength, _fieldCount * 2);
            Array.Resize(ref _fieldEscaped, _fieldCount * 2);
        }

        _fieldStart[_fieldCount] = start;
        _fieldLength[_fieldCount] = length;
        _fieldEscaped[_fieldCount] = escaped;
        _fieldCount++;
    }

    private void ConsumeLineBreak()
    {
        if (_buffer[_pos] == '\r')
        {
            _pos++;
            if (_pos >= _end)
            {
                Fill();
            }

            if (_pos < _end && _buffer[_pos] == '\n')
            {
                _pos++;
            }
        }
        else
        {
            _pos++;
        }

        _line++;
    }

    /// <summary>Skips the rest of a broken row, to its line end; returns the row's length.</summary>
    private int SkipToLineEnd()
    {
        while (true)
        {
            if (_pos >= _end && !Fill())
            {
                return _pos - _start;
            }

            var index = _buffer.AsSpan(_pos, _end - _pos).IndexOfAny('\r', '\n');
            if (index < 0)
            {
                _pos = _end;
                continue;
            }

            _pos += index;
            var length = _pos - _start;
            ConsumeLineBreak();
            return length;
        }
    }

    /// <summary>Reads more text, keeping the current record (from _start); false at the end of the file.</summary>
    private bool Fill()
    {
        if (_eof)
        {
            return false;
        }

        ThrowIfLongerThanAllowed(_end - _start);
        if (_start > 0)
        {
            var keep = _end - _start;
            Array.Copy(_buffer, _start, _buffer, 0, keep);
            _pos -= _start;
            _end = keep;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        var read = _reader.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0)
        {
            _eof = true;
            return false;
        }

        _end += read;
        return true;
    }

    /// <summary>The separator is the candidate that occurs most often, outside quotes, on the first line.</summary>
    private char DetectSeparator()
    {
        Span<int> counts = stackalloc int[CandidateSeparators.Length];
        var quoted = false;
        for (var i = 0; i < _end; i++)
        {
            var c = _buffer[i];
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && c is '\r' or '\n')
            {
                break;
            }
            else if (!quoted && Array.IndexOf(CandidateSeparators, c) is var k and >= 0)
            {
                counts[k]++;
            }
        }

        var best = 0;
        for (var k = 1; k < counts.Length; k++)
        {
            if (counts[k] > counts[best])
            {
                best = k;
            }
        }

        return CandidateSeparators[best];
    }
}
