using System.IO.Compression;

namespace KarmayogiBot.Infrastructure.Imports.Tables;

/// <summary>
/// Checks an .xlsx against the <see cref="ImportLimits"/> before the workbook reader opens it: that reader holds the
/// shared text (xl/sharedStrings.xml) and each cell whole, so a small file expanding to a gigabyte of text would fill
/// memory. The entries are counted, their sizes added, and the shared text and worksheets expanded once, streamed,
/// to measure what they really hold (whatever the zip's headers say): no cell or tag longer than a row may be.
/// </summary>
internal static class WorkbookGuard
{
    private const string SharedStrings = "xl/sharedStrings.xml";

    /// <summary>Throws <see cref="TableLimitException"/> when the workbook is over a cap; leaves the stream at its start.</summary>
    public static void Check(Stream workbook, ImportLimits limits)
    {
        if (!IsZip(workbook))
        {
            return; // an .xls: the reader tells what is wrong with it
        }

        using (var zip = Open(workbook))
        {
            if (zip is null)
            {
                return;
            }

            if (zip.Entries.Count > limits.MaxZipEntries)
            {
                throw new TableLimitException(0, $"the workbook holds {zip.Entries.Count:N0} parts, more than {TableLimitException.Limit(limits.MaxZipEntries, "", nameof(ImportLimits.MaxZipEntries))}");
            }

            var expanded = zip.Entries.Sum(e => e.Length);
            if (expanded > limits.MaxZipExpandedBytes)
            {
                throw new TableLimitException(0, $"the workbook expands to {expanded:N0} bytes, more than {TableLimitException.Limit(limits.MaxZipExpandedBytes, "bytes", nameof(ImportLimits.MaxZipExpandedBytes))}");
            }

            foreach (var entry in zip.Entries)
            {
                var shared = entry.FullName.Equals(SharedStrings, StringComparison.OrdinalIgnoreCase);
                if (shared || (entry.FullName.StartsWith("xl/worksheets/", StringComparison.OrdinalIgnoreCase) && entry.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)))
                {
                    var (cap, setting) = shared ? (limits.MaxSharedStringsBytes, nameof(ImportLimits.MaxSharedStringsBytes)) : (limits.MaxZipExpandedBytes, nameof(ImportLimits.MaxZipExpandedBytes));
                    Scan(entry, cap, setting, limits.MaxRowCharacters);
                }
            }
        }

        workbook.Position = 0;
    }

    private static ZipArchive? Open(Stream workbook)
    {
        try
        {
            return new ZipArchive(workbook, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException)
        {
            workbook.Position = 0;
            return null; // not a readable zip: the reader says so
        }
    }

    private static bool IsZip(Stream workbook)
    {
        Span<byte> magic = stackalloc byte[2];
        var zip = workbook.Read(magic) == 2 && magic[0] == (byte)'P' && magic[1] == (byte)'K';
        workbook.Position = 0;
        return zip;
    }

    /// <summary>
    /// Expands the part, counting its bytes (at most <paramref name="cap"/>, and no more than its header declares), and
    /// measures every run of bytes between '&lt;' and '&gt;': a cell's text or a tag with its attributes. Excel writes no
    /// DTD, comment or CDATA section ('&lt;!'), inside which those runs could not be told apart: a part with one is refused.
    /// </summary>
    private static void Scan(ZipArchiveEntry entry, long cap, string setting, int maxRun)
    {
        if (entry.Length > cap)
        {
            throw new TableLimitException(0, $"{entry.FullName} expands to {entry.Length:N0} bytes, more than {TableLimitException.Limit(cap, "bytes", setting)}");
        }

        using var stream = new CountingStream(entry.Open(), entry.Length, entry.Length, setting);
        var buffer = new byte[1 << 16];
        long run = 0;
        var afterOpen = false;
        int read;
        while ((read = stream.Read(buffer)) > 0)
        {
            var chunk = buffer.AsSpan(0, read);
            if (afterOpen && chunk[0] == (byte)'!')
            {
                throw Declaration(entry);
            }

            afterOpen = false;
            while (true)
            {
                var next = chunk.IndexOfAny((byte)'<', (byte)'>');
                if (next < 0)
                {
                    run += chunk.Length;
                    break;
                }

                run += next;
                if (run > maxRun)
                {
                    throw new TableLimitException(0, $"{entry.FullName} has a cell or tag longer than {TableLimitException.Limit(maxRun, "bytes", nameof(ImportLimits.MaxRowCharacters))}");
                }

                run = 0;
                if (chunk[next] == (byte)'<')
                {
                    if (next + 1 == chunk.Length)
                    {
                        afterOpen = true;
                    }
                    else if (chunk[next + 1] == (byte)'!')
                    {
                        throw Declaration(entry);
                    }
                }

                chunk = chunk[(next + 1)..];
            }

            if (run > maxRun)
            {
                throw new TableLimitException(0, $"{entry.FullName} has a cell or tag longer than {TableLimitException.Limit(maxRun, "bytes", nameof(ImportLimits.MaxRowCharacters))}");
            }
        }
    }

    private static TableLimitException Declaration(ZipArchiveEntry entry) =>
        new(0, $"{entry.FullName} has a DTD, comment or CDATA section ('<!'), which no spreadsheet program writes");
}
