using ICSharpCode.SharpZipLib.Zip;

namespace KarmayogiBot.Infrastructure.Imports.Tables;

/// <summary>
/// Opens a .csv, .xlsx or a reports.zip bundle as the tables to import, within the <see cref="ImportLimits"/>: a bundle's
/// entries are counted and their expanded sizes capped, a workbook checked (<see cref="WorkbookGuard"/>), and an .xlsx
/// inside a bundle expanded to a temporary file (capped too) that is deleted however the import ends.
/// </summary>
internal static class TableFiles
{
    /// <summary>The iGOT reports a bundle may hold, in the order they are imported (profiles first).</summary>
    private static readonly string[] BundleReports = ["UserReport", "CBPEnrollmentReport", "ConsumptionReport"];

    public static bool IsZip(string path)
    {
        if (path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".xls", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        Span<byte> magic = stackalloc byte[4];
        using var stream = File.OpenRead(path);
        if (stream.Read(magic) < 4 || magic[0] != (byte)'P' || magic[1] != (byte)'K')
        {
            return false;
        }

        stream.Position = 0;
        using var zip = new ZipFile(stream, leaveOpen: true);
        return zip.GetEntry("[Content_Types].xml") is null; // an .xlsx is a zip too
    }

    /// <summary>One file: a CSV (any extension but .xlsx/.xls) or a workbook.</summary>
    public static TableSource Single(string path, ImportLimits limits)
    {
        var name = Path.GetFileName(path);
        return new TableSource(name, () => OpenFile(path, limits));
    }

    /// <summary>
    /// The iGOT reports in a reports.zip bundle (entries may sit in folders such as mdoid=X/). Reports the
    /// import does not read are listed in <paramref name="skipped"/>.
    /// </summary>
    public static IReadOnlyList<TableSource> Bundle(string path, string? password, List<string> skipped, ImportLimits limits)
    {
        var zipName = Path.GetFileName(path);
        var found = new List<(int Order, string EntryName)>();
        using (var zip = OpenZip(path, password))
        {
            CheckBundle(zipName, zip, limits);
            foreach (ZipEntry entry in zip)
            {
                if (!entry.IsFile)
                {
                    continue;
                }

                var file = Path.GetFileNameWithoutExtension(entry.Name);
                var order = Array.FindIndex(BundleReports, r => r.Equals(file, StringComparison.OrdinalIgnoreCase));
                var extension = Path.GetExtension(entry.Name);
                var readable = extension.Equals(".csv", StringComparison.OrdinalIgnoreCase) || extension.Equals(".xlsx", StringComparison.OrdinalIgnoreCase);
                if (order < 0 || !readable)
                {
                    skipped.Add($"{zipName}:{entry.Name}");
                    continue;
                }

                if (entry.IsCrypted && string.IsNullOrEmpty(password))
                {
                    throw new PasswordRequiredException($"{zipName} is password-protected: give the password with --password");
                }

                found.Add((order, entry.Name));
            }
        }

        if (found.Count == 0)
        {
            throw new ImportException($"{zipName} holds none of the reports this import reads ({string.Join(", ", BundleReports.Select(r => r + ".csv"))})");
        }

        return found
            .OrderBy(f => f.Order)
            .ThenBy(f => f.EntryName, StringComparer.Ordinal)
            .Select(f => new TableSource($"{zipName}:{f.EntryName}", () => OpenEntry(path, password, f.EntryName, limits)))
            .ToList();
    }

    private static void CheckBundle(string zipName, ZipFile zip, ImportLimits limits)
    {
        if (zip.Count > limits.MaxZipEntries)
        {
            throw new ImportException($"{zipName} holds {zip.Count:N0} entries, more than {TableLimitException.Limit(limits.MaxZipEntries, "", nameof(ImportLimits.MaxZipEntries))}; nothing was read");
        }

        var expanded = 0L;
        foreach (ZipEntry entry in zip)
        {
            expanded += Math.Max(0, entry.Size);
        }

        if (expanded > limits.MaxZipExpandedBytes)
        {
            throw new ImportException($"{zipName} expands to {expanded:N0} bytes, more than {TableLimitException.Limit(limits.MaxZipExpandedBytes, "bytes", nameof(ImportLimits.MaxZipExpandedBytes))}; nothing was read");
        }
    }

    private static ZipFile OpenZip(string path, string? password)
    {
        try
        {
            var zip = new ZipFile(path);
            if (!string.IsNullOrEmpty(password))
            {
                zip.Password = password;
            }

            return zip;
        }
        catch (ZipException e)
        {
            throw new ImportException($"{Path.GetFileName(path)} is not a readable zip file: {e.Message}", e);
        }
    }

    private static ITableReader OpenEntry(string path, string? password, string entryName, ImportLimits limits)
    {
        var zip = OpenZip(path, password);
        try
        {
            var entry = zip.GetEntry(entryName);
            Stream stream;
            try
            {
                // A wrong password shows here (ZipCrypto checks a byte of the header, AES its verifier).
                stream = zip.GetInputStream(entry);
            }
            catch (ZipException e) when (e.Message.Contains("password", StringComparison.OrdinalIgnoreCase))
            {
                throw new PasswordRequiredException($"the password for {Path.GetFileName(path)} is wrong");
            }

            if (Path.GetExtension(entryName).Equals(".xlsx", StringComparison.OrdinalIgnoreCase))
            {
                using (stream)
                {
                    var temp = Expand(stream, entry.Size, limits);
                    zip.Close();
                    return OpenWorkbook(temp, limits);
                }
            }

            return new CsvTableReader(stream, entry.Size, limits.MaxRowCharacters, limits.MaxZipExpandedBytes, owner: zip);
        }
        catch
        {
            zip.Close();
            throw;
        }
    }

    /// <summary>
    /// Copies a bundle's .xlsx entry to a temporary file the workbook reader can seek in (at most
    /// <see cref="ImportLimits.MaxZipExpandedBytes"/>), opened to be deleted when closed; deleted at once if the copy fails.
    /// </summary>
    private static FileStream Expand(Stream entry, long declaredSize, ImportLimits limits)
    {
        var folder = limits.TempPath;
        Directory.CreateDirectory(folder);
        var temp = new FileStream(
            Path.Combine(folder, $"{Guid.NewGuid():N}.xlsx"), FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
        try
        {
            using var capped = new CountingStream(entry, declaredSize, limits.MaxZipExpandedBytes, nameof(ImportLimits.MaxZipExpandedBytes));
            capped.CopyTo(temp);
            temp.Position = 0;
            return temp;
        }
        catch
        {
            temp.Dispose();
            throw;
        }
    }

    /// <summary>The workbook, checked against the limits first; the stream is closed if it cannot be read.</summary>
    private static XlsxTableReader OpenWorkbook(Stream stream, ImportLimits limits)
    {
        try
        {
            WorkbookGuard.Check(stream, limits);
            return new XlsxTableReader(stream);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    private static ITableReader OpenFile(string path, ImportLimits limits)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        if (path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".xls", StringComparison.OrdinalIgnoreCase))
        {
            return OpenWorkbook(stream, limits);
        }

        try
        {
            return new CsvTableReader(stream, stream.Length, limits.MaxRowCharacters);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }
}
