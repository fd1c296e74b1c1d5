using KarmayogiBot.Domain.Catalog.Loading;

namespace KarmayogiBot.Assistant.Tests;

/// <summary>
/// Today (December 2026) the 2025-26 plan has ended and no 2026-27 plan is in the catalog: the answers say so. A
/// cycle-2026-27.yaml added to the catalog makes the same questions answer from it, with no code change.
/// </summary>
public sealed class NextPlanTests : IDisposable
{
    private static readonly DateOnly December2026 = new(2026, 12, 3);
    private readonly string _folder = Directory.CreateTempSubdirectory("catalog-2026-27-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Today_ThePlanHasEnded_AndA2026To27QuestionIsToldThereIsNoSuchPlan()
    {
        var harness = new AssistantHarness { Today = December2026 };

        var courses = await harness.AskAsync("officer-a", "I am an Inspector in CGST Chennai North. My courses?");
        var next = await harness.AskAsync("officer-b", "Which courses will be mandatory in 2026-27?");

        Assert.StartsWith("The 2025-26 plan ended on 31.03.2026; no 2026-27 plan has been issued in the circulars I have.", courses, StringComparison.Ordinal);
        Assert.Contains("Classification of Goods and Services in GST", courses, StringComparison.Ordinal);
        Assert.Contains("No 2026-27 plan has been issued in the circulars I have", next, StringComparison.Ordinal);
        Assert.DoesNotContain("Classification of Goods", next, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A2026To27PlanAdded_TheSameQuestionsAnswerFromIt()
    {
        foreach (var file in Directory.EnumerateFiles(CatalogLoader.DefaultDirectory, "*.yaml"))
        {
            File.Copy(file, Path.Combine(_folder, Path.GetFileName(file)));
        }

        File.WriteAllText(Path.Combine(_folder, "cycle-2026-27.yaml"), NextYearFrom(File.ReadAllText(Path.Combine(CatalogLoader.DefaultDirectory, "cycle-2025-26.yaml"))));
        var harness = new AssistantHarness(CatalogLoader.LoadDirectory(_folder)) { Today = December2026 };

        var courses = await harness.AskAsync("officer-a", "I am an Inspector in CGST Chennai North. My courses?");
        var next = await harness.AskAsync("officer-b", "I am an Inspector in CGST Chennai North. Which courses will be mandatory in 2026-27?");

        foreach (var answer in new[] { courses, next })
        {
            Assert.Contains("Annual Training Plan 2026-27", answer, StringComparison.Ordinal);
            Assert.Contains("31.03.2027", answer, StringComparison.Ordinal);
            Assert.Contains("Classification of Goods and Services in GST", answer, StringComparison.Ordinal);
            Assert.DoesNotContain("no 2026-27 plan", answer, StringComparison.OrdinalIgnoreCase);
        }
    }

    /// <summary>The 2025-26 plan's cycle moved a year on (its courses are already in the catalog): a stand-in for a real 2026-27 file.</summary>
    private static string NextYearFrom(string plan2025) =>
        plan2025[plan2025.IndexOf("cycles:", StringComparison.Ordinal)..]
            .Replace("2026-03-31", "2027-03-31", StringComparison.Ordinal)
            .Replace("2025-10-15", "2026-10-15", StringComparison.Ordinal)
            .Replace("2025-04-01", "2026-04-01", StringComparison.Ordinal)
            .Replace("2025-26", "2026-27", StringComparison.Ordinal)
            .Replace("course: comprehensive-assessment-2026-27", "course: comprehensive-assessment-2025-26", StringComparison.Ordinal);
}
