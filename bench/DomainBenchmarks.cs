using BenchmarkDotNet.Attributes;
using KarmayogiBot.Domain.Catalog;
using KarmayogiBot.Domain.Catalog.Loading;
using KarmayogiBot.Domain.Designations;

namespace KarmayogiBot.Benchmarks;

/// <summary>
/// Issue 2's figures: resolving a designation (median at most 20 µs) and loading and validating the whole
/// catalog (at most 100 ms). Run: dotnet run -c Release --project bench -- --filter '*DomainBenchmarks*'
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[SimpleJob(warmupCount: 3, iterationCount: 15)]
public class DomainBenchmarks
{
    private TrainingCatalog _catalog = null!;
    private DesignationResolver _resolver = null!;

    [GlobalSetup]
    public void Setup()
    {
        _catalog = CatalogLoader.LoadDefault();
        _resolver = new DesignationResolver(_catalog, _catalog.FindCycle("2025-26")!);
    }

    [Benchmark(Description = "load and validate the whole catalog")]
    public TrainingCatalog LoadCatalog() => CatalogLoader.LoadDefault();

    [Benchmark(Description = "resolve 'Superintendent' + formation")]
    public DesignationResolution ResolveExact() => _resolver.Resolve("Superintendent", "CGST Chennai North Commissionerate");

    [Benchmark(Description = "resolve abbreviation 'AC' + formation")]
    public DesignationResolution ResolveAbbreviation() => _resolver.Resolve("AC", "DGGI Chennai Zonal Unit");

    [Benchmark(Description = "resolve Hindi 'सहायक आयुक्त' + formation")]
    public DesignationResolution ResolveHindi() => _resolver.Resolve("सहायक आयुक्त", "सीमा शुल्क");

    [Benchmark(Description = "resolve typo 'Superintendnt' + formation")]
    public DesignationResolution ResolveTypo() => _resolver.Resolve("Superintendnt", "JNCH");
}
