using KarmayogiBot.Domain.Catalog;
using KarmayogiBot.Domain.Catalog.Loading;

namespace KarmayogiBot.Domain.Tests.Catalog;

public sealed class CatalogLoaderTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public CatalogLoaderTests()
    {
        foreach (var file in Directory.EnumerateFiles(CatalogLoader.DefaultDirectory, "*.yaml"))
        {
            File.Copy(file, _folder.File(Path.GetFileName(file)));
        }
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void ShippedCatalog_HasEveryCycleOfTheCirculars()
    {
        var catalog = TestCatalog.Catalog;
        Assert.Equal(["2023", "2024-25", "2025-26"], catalog.Cycles.Select(c => c.Id));
        Assert.Equal(new DateOnly(2023, 4, 25), catalog.FindCycle("2023")!.Deadline);
        var plan2024 = catalog.FindCycle("2024-25")!;
        Assert.Equal(6, plan2024.Requirements.Count(r => r.Due == new DateOnly(2024, 4, 25)));
        // "CBIC has developed 21 courses" (Action Plan); the four added later "may also be completed" (NACIN e-mail of 08.07.2024, para 4).
        Assert.Equal(21, plan2024.DomainCourses.Count);
        Assert.Equal(4, plan2024.OptionalDomainCourses.Count);
        Assert.Equal(9, plan2024.RelevantFor.Count);
        Assert.Equal([10, 20], plan2024.Targets.Select(t => t.Count));
        Assert.Equal(8, plan2024.Targets[1].MinimumByCompetency[Competency.Domain]);
        Assert.Equal(new DateOnly(2024, 9, 30), plan2024.Targets[0].By);
        Assert.Contains(catalog.Topics, t => t.Id == "no-permission" && t.Citations.Any(c => c.Source.Number == "DoPT OM No. T-19011/1/2024-NTP"));
    }

    [Fact]
    public void EveryCourseAndRole_CitesASource()
    {
        foreach (var cycle in TestCatalog.Catalog.Cycles)
        {
            Assert.NotNull(cycle.Citation.Source.Number);
            Assert.All(cycle.Roles, r => Assert.Contains("Annexure A", r.Citation.At));
            Assert.All(cycle.Requirements, r => Assert.NotEmpty(r.Citations));
        }
    }

    [Theory]
    [InlineData("sources.yaml", "    issuedBy:", "    isuedBy:", "sources.yaml", "unknown key 'isuedBy'")]
    [InlineData("cycle-2025-26.yaml", "deadline: 2026-03-31", "deadline: 31.03.2026", "cycle-2025-26.yaml", "'deadline' must be a date yyyy-mm-dd")]
    [InlineData("cycle-2025-26.yaml", "{ course: nation-branding }", "{ course: nation-brandin }", "cycle-2025-26.yaml", "unknown course 'nation-brandin'")]
    [InlineData("cycle-2025-26.yaml", "igot: Superintendent (CGST) }", "igot: Superintendent (GST) }", "cycle-2025-26.yaml", "'Superintendent (GST)' is not an iGOT designation of role 'supdt-cgst'")]
    [InlineData("cycle-2023.yaml", "  - id: \"2023\"", "  - id: [2023", "cycle-2023.yaml", "not valid YAML")]
    [InlineData("rules.yaml", "at: \"e-mail body\"", "at: \"e-mail body, last line\"", "rules.yaml", "the place \"e-mail body, last line\" has no Hindi for 'last', 'line'")]
    [InlineData("designations.yaml", "level: js-level, aliases: [Commr,", "level: js-levels, aliases: [Commr,", "designations.yaml", "unknown level 'js-levels'")]
    public void MalformedFile_FailsNamingTheFileTheLineAndTheReason(string file, string find, string replace, string expectedFile, string reason)
    {
        var path = _folder.File(file);
        var text = File.ReadAllText(path);
        Assert.Contains(find, text);
        var at = text.IndexOf(find, StringComparison.Ordinal);
        var broken = text[..at] + replace + text[(at + find.Length)..];
        File.WriteAllText(path, broken);
        var expectedLine = broken[..broken.IndexOf(replace, StringComparison.Ordinal)].Count(c => c == '\n') + 1;

        var error = Assert.Throws<CatalogException>(() => CatalogLoader.LoadDirectory(_folder.Path));

        Assert.Equal(expectedFile, error.File);
        Assert.Contains(reason, error.Reason);
        Assert.InRange(error.Line, expectedLine - 1, expectedLine + 1);
    }

    [Fact]
    public void NewPlan_NeedsOnlyANewDataFile()
    {
        var plan2025 = File.ReadAllText(_folder.File("cycle-2025-26.yaml"));
        var cycles = plan2025[plan2025.IndexOf("cycles:", StringComparison.Ordinal)..]
            .Replace("id: 2025-26", "id: 2026-27", StringComparison.Ordinal)
            .Replace("from: 2025-04-01, to: 2026-03-31", "from: 2026-04-01, to: 2027-03-31", StringComparison.Ordinal)
            .Replace("deadline: 2026-03-31", "deadline: 2027-03-31", StringComparison.Ordinal)
            .Replace("Annual Training Plan 2025-26", "Annual Training Plan 2026-27", StringComparison.Ordinal)
            .Replace("{ course: nation-branding }", "{ course: new-course-2026 }", StringComparison.Ordinal);
        File.WriteAllText(_folder.File("cycle-2026-27.yaml"),
            "courses:\n  - { id: new-course-2026, name: A Course of 2026, provider: NACIN, competency: domain }\n" + cycles);

        var catalog = CatalogLoader.LoadDirectory(_folder.Path);

        var plan = catalog.CurrentPlan(new DateOnly(2026, 5, 1))!;
        Assert.Equal("2026-27", plan.Id);
        Assert.Contains(plan.Roles.Single(r => r.Number == 1).Courses, c => c.Course.Name == "A Course of 2026");
        Assert.Equal("2025-26", catalog.CurrentPlan(new DateOnly(2026, 3, 1))!.Id);
    }

    [Fact]
    public void DuplicateCourseSpelling_IsRejected()
    {
        File.WriteAllText(_folder.File("extra.yaml"), "courses:\n  - { id: copy, name: Noting & Drafting }\n");
        var error = Assert.Throws<CatalogException>(() => CatalogLoader.LoadDirectory(_folder.Path));
        Assert.Equal("extra.yaml", error.File);
        Assert.Contains("noting-and-drafting", error.Reason);
    }
}
