namespace KarmayogiBot.Deployment.Tests.Support;

/// <summary>The checkout's root folder (the one holding KarmayogiBot.sln), found by walking up from the test binaries.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    public static string File(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (System.IO.File.Exists(System.IO.Path.Combine(folder.FullName, "KarmayogiBot.sln")))
            {
                return folder.FullName;
            }
        }

        throw new DirectoryNotFoundException("KarmayogiBot.sln not found above " + AppContext.BaseDirectory);
    }
}
