namespace KarmayogiBot.Infrastructure.Imports.Tables;

/// <summary>
/// A read-only stream that counts the bytes read through it (for progress on streams that cannot seek), and stops at
/// <paramref name="limit"/> bytes (a zip entry's expanded size, whatever its header says).
/// </summary>
internal sealed class CountingStream(Stream inner, long length, long limit = long.MaxValue, string limitSetting = "") : Stream
{
    public long BytesRead { get; private set; }

    public override long Length => length;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Position
    {
        get => BytesRead;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = inner.Read(buffer);
        BytesRead += read;
        if (BytesRead > limit)
        {
            throw new TableLimitException(0, $"expands to more than {TableLimitException.Limit(limit, "bytes", limitSetting)}");
        }

        return read;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
