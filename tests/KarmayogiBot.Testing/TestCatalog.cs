using KarmayogiBot.Domain.Catalog;
using KarmayogiBot.Domain.Catalog.Loading;

namespace KarmayogiBot.Testing;

/// <summary>The real catalog, loaded once.</summary>
public static class TestCatalog
{
    private static readonly Lazy<TrainingCatalog> Loaded = new(CatalogLoader.LoadDefault);

    public static TrainingCatalog Instance => Loaded.Value;
}
