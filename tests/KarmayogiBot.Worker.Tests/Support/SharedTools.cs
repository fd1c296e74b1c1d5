namespace KarmayogiBot.Worker.Tests.Support;

/// <summary>The shared tools beside the checkout (../shared/tools): zonegen and botcheck.</summary>
public static class SharedTools
{
    public static string Zonegen => Find("zonegen", "zonegen.py");

    public static string Botcheck => Find("botcheck", "botcheck.py");

    private static string Find(string folder, string file)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            foreach (var candidate in new[] { Path.Combine(dir.FullName, "shared", "tools", folder, file), Path.Combine(dir.FullName, "..", "shared", "tools", folder, file) })
            {
                if (File.Exists(candidate))
                {
                    return Path.GetFullPath(candidate);
                }
            }
        }

        throw new FileNotFoundException($"shared/tools/{folder}/{file} not found above {AppContext.BaseDirectory}");
    }
}
