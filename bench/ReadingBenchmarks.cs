using BenchmarkDotNet.Attributes;
using KarmayogiBot.Assistant.Understanding;
using KarmayogiBot.Domain.Catalog;
using KarmayogiBot.Domain.Catalog.Loading;
using KarmayogiBot.Domain.Compliance;

namespace KarmayogiBot.Benchmarks;

/// <summary>
/// Issue 12's figure: reading a sentence the bot has not seen before (what is asked, designation, formation), the
/// work a turn does once per new sentence (a sentence seen before is remembered). Each call reads a sentence made
/// unseen by a counter. Run: dotnet run -c Release --project bench -- --filter '*ReadingBenchmarks*'
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[SimpleJob(warmupCount: 3, iterationCount: 15)]
public class ReadingBenchmarks
{
    private static readonly string[] Sentences =
    [
        "Deputy Commissioner of Customs (Preventive), Tuticorin - list my mandated courses",
        "ADC in DGGI Chennai, my mandatory courses and deadline?",
        "MTS hoon bhai, kitne course karne hai aur last date kya hai",
        "मैं जेएनसीएच में सुपरिटेंडेंट हूँ, मेरे कोर्स कौन से हैं",
        "Is there any fee for taking the comprehensive assessment?",
    ];

    private TrainingCatalog _catalog = null!;
    private SentenceReader _reader = null!;
    private Cycle _cycle = null!;
    private int _counter;

    [GlobalSetup]
    public void Setup()
    {
        _catalog = CatalogLoader.LoadDefault();
        _reader = new SentenceReader(_catalog, new StandingEvaluator(_catalog));
        _cycle = _catalog.FindCycle("2025-26")!;
    }

    [Benchmark(Description = "read an unseen sentence")]
    public SentenceReading ReadUnseen()
    {
        var n = _counter++;
        return _reader.Read($"{Sentences[n % Sentences.Length]} {n}", _cycle);
    }
}
