using KarmayogiBot.Domain.Catalog;
using KarmayogiBot.Domain.Catalog.Loading;

namespace KarmayogiBot.Domain.Tests;

/// <summary>The shipped catalog, loaded once for all tests, and where the source circulars are.</summary>
public static class TestCatalog
{
    private static readonly Lazy<TrainingCatalog> Loaded = new(CatalogLoader.LoadDefault);

    public static TrainingCatalog Catalog => Loaded.Value;

    public static Cycle Plan2025 => Catalog.FindCycle("2025-26")!;

    /// <summary>shared/seeds, found by walking up from the test's folder (it sits beside the repository).</summary>
    public static string SeedsDirectory
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared", "seeds");
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }

            throw new DirectoryNotFoundException("shared/seeds was not found beside the repository");
        }
    }
}
