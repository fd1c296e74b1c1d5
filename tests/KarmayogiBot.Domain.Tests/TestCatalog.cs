using KarmayogiBot.Domain.Catalog;
using KarmayogiBot.Domain.Catalog.Loading;

namespace KarmayogiBot.Domain.Tests;

/// <summary>The shipped catalog, loaded once for all tests.</summary>
public static class TestCatalog
{
    private static readonly Lazy<TrainingCatalog> Loaded = new(CatalogLoader.LoadDefault);

    public static TrainingCatalog Catalog => Loaded.Value;

    public static Cycle Plan2025 => Catalog.FindCycle("2025-26")!;
}
