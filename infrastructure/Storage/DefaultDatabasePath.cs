namespace KarmayogiBot.Infrastructure.Storage;

/// <summary>
/// Where the SQLite file lives when no connection string is configured: <c>data/karmayogi.db</c> beside
/// KarmayogiBot.sln (found by walking up from the program's folder, then from the current folder), so the
/// bot, the worker and the tests of one checkout share one file; else %LocalAppData%/KarmayogiBot/karmayogi.db.
/// </summary>
public static class DefaultDatabasePath
{
    public const string SolutionFile = "KarmayogiBot.sln";

    public static string Resolve() => Resolve(AppContext.BaseDirectory, Environment.CurrentDirectory);

    public static string Resolve(params string?[] startFolders)
    {
        foreach (var start in startFolders)
        {
            if (FindSolutionFolder(start) is { } root)
            {
                return Path.Combine(root, "data", "karmayogi.db");
            }
        }

        var local = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create);
        if (string.IsNullOrEmpty(local))
        {
            local = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share");
        }

        return Path.Combine(local, "KarmayogiBot", "karmayogi.db");
    }

    private static string? FindSolutionFolder(string? start)
    {
        if (string.IsNullOrEmpty(start))
        {
            return null;
        }

        for (var folder = new DirectoryInfo(Path.GetFullPath(start)); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, SolutionFile)))
            {
                return folder.FullName;
            }
        }

        return null;
    }
}
