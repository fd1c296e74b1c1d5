using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using KarmayogiBot.Worker.Commands;
using KarmayogiBot.Worker.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace KarmayogiBot.Benchmarks;

/// <summary>
/// Issue 3's summary target (at most 500 ms for 100,000 officers), in process, warm: what <c>worker summary</c> prints
/// (totals, by formation, by role, the first 50 defaulters) and the whole <c>--json</c> (every defaulter) to a null stream,
/// over an existing SQLite store whose standing facts are current. Run by bench/scripts/summary-bench.sh, which gives
/// the store in <c>KARMAYOGI_BENCH_STORE</c> and the day in <c>KARMAYOGI_BENCH_AS_OF</c> (default 2026-03-20).
/// </summary>
[Config(typeof(InProcessConfig))]
[MinColumn]
[MedianColumn]
[MaxColumn]
[MemoryDiagnoser]
public class SummaryBenchmarks
{
    private IHost _host = null!;
    private string _asOf = "";

    [GlobalSetup]
    public void Setup()
    {
        var store = Environment.GetEnvironmentVariable("KARMAYOGI_BENCH_STORE") is { Length: > 0 } path && File.Exists(path)
            ? path
            : throw new InvalidOperationException("KARMAYOGI_BENCH_STORE must name an existing SQLite store (see bench/README.md)");
        _asOf = Environment.GetEnvironmentVariable("KARMAYOGI_BENCH_AS_OF") is { Length: > 0 } day ? day : "2026-03-20";
        _host = CommandHost.Build("summary", [], new Dictionary<string, string?>
        {
            ["ConnectionStrings:Karmayogi"] = $"Data Source={path}",
            ["Store:Provider"] = "Sqlite",
        });
    }

    [GlobalCleanup]
    public void Cleanup() => _host.Dispose();

    [Benchmark(Description = "summary (text: figures and the first 50 defaulters)")]
    public Task<int> Figures() => SummaryCommand.RunAsync(["--as-of", _asOf], _host.Services, TextWriter.Null, Stream.Null);

    [Benchmark(Description = "summary --json (every defaulter) to a null stream")]
    public Task<int> Json() => SummaryCommand.RunAsync(["--as-of", _asOf, "--json"], _host.Services, TextWriter.Null, Stream.Null);

    [Benchmark(Description = "the defaulters read from the facts, written nowhere (the floor of --json)")]
    public async Task<int> ReadOnly()
    {
        var scope = Domain.Officers.OfficerScope.All;
        await using var reading = await _host.Services.GetRequiredService<Infrastructure.Reports.ZoneFiguresService>()
            .OpenAsync(scope, DateOnly.Parse(_asOf, System.Globalization.CultureInfo.InvariantCulture));
        var rows = 0;
        reading!.ForEachDefaulter(_ => rows++);
        return rows;
    }

    /// <summary>In this process (no generated project to build), one call an iteration, a few iterations: each call takes about a second.</summary>
    private sealed class InProcessConfig : ManualConfig
    {
        public InProcessConfig() => AddJob(Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithWarmupCount(3)
            .WithIterationCount(10)
            .WithInvocationCount(1)
            .WithUnrollFactor(1));
    }
}
