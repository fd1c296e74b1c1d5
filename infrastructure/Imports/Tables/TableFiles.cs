using ICSharpCode.SharpZipLib.Zip;

namespace KarmayogiBot.Infrastructure.Imports.Tables;

/// <summary>Opens a .csv, .xlsx or a reports.zip bundle as the tables to import.</summary>
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
    public static TableSource Single(string path)
    {
        var name = Path.GetFileName(path);
        return new TableSource(name, () => OpenFile(path));
    }

    /// <summary>
    /// The iGOT reports in a reports.zip bundle (entries may sit in folders such as mdoid=X/). Reports the
    /// import does not read are listed in <paramref name="skipped"/>.
    /// </summary>
    public static IReadOnlyList<TableSource> Bundle(string path, string? password, List<string> skipped, string tempFolder)
    {
        var zipName = Path.GetFileName(path);
        var found = new List<(int Order, string EntryName)>();
        using (var zip = OpenZip(path, password))
        {
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
            .Select(f => new TableSource($"{zipName}:{f.EntryName}", () => OpenEntry(path, password, f.EntryName, tempFolder)))
            .ToList();
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

    private static ITableReader OpenEntry(string path, string? password, string entryName, string tempFolder)
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
                // The workbook reader needs to seek: copy the entry to a temporary file first.
                Directory.CreateDirectory(tempFolder);
                var temp = Path.Combine(tempFolder, $"{Guid.NewGuid():N}.xlsx");
                using (var target = File.Create(temp))
                {
                    stream.CopyTo(target);
                }

                stream.Dispose();
                zip.Close();
                return new XlsxTableReader(new FileStream(temp, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.DeleteOnClose));
            }

            return new CsvTableReader(stream, entry.Size, owner: zip);
        }
        catch
        {
            zip.Close();
            throw;
        }
    }

    private static ITableReader OpenFile(string path)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        try
        {
            if (path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".xls", StringComparison.OrdinalIgnoreCase))
            {
                return new XlsxTableReader(stream);
            }

            return new CsvTableReader(stream, stream.Length);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }
}
