using KarmayogiBot.Domain.Catalog;
using KarmayogiBot.Domain.Catalog.Loading;
using KarmayogiBot.Domain.Compliance;

namespace KarmayogiBot.Infrastructure.Reports.Standings;

/// <summary>
/// The catalog a process judges by, as its fingerprint at once and as rules only when asked for: a summary whose
/// stored facts are current never parses the catalog (<see cref="Default"/> reads the files' bytes for the fingerprint).
/// </summary>
public sealed class CatalogSource
{
    private readonly Lazy<string> _fingerprint;
    private readonly Lazy<StandingEvaluator> _evaluator;

    private CatalogSource(Func<string> fingerprint, Func<StandingEvaluator> evaluator)
    {
        _fingerprint = new Lazy<string>(fingerprint);
        _evaluator = new Lazy<StandingEvaluator>(evaluator);
    }

    /// <summary>The catalog's <see cref="TrainingCatalog.Fingerprint"/>.</summary>
    public string Fingerprint => _fingerprint.Value;

    /// <summary>The rules over the catalog, loaded on first use.</summary>
    public StandingEvaluator Evaluator => _evaluator.Value;

    /// <summary>The catalog shipped beside the program (<see cref="CatalogLoader.DefaultDirectory"/>), loaded only when needed.</summary>
    public static CatalogSource Default() => new(
        () => CatalogLoader.FingerprintDirectory(CatalogLoader.DefaultDirectory),
        () => new StandingEvaluator(CatalogLoader.LoadDefault()));

    /// <summary>A catalog already loaded, with its evaluator.</summary>
    public static CatalogSource Of(StandingEvaluator evaluator) => new(() => evaluator.Catalog.Fingerprint, () => evaluator);
}
