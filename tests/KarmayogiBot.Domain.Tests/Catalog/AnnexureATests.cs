using KarmayogiBot.Domain.Catalog;

namespace KarmayogiBot.Domain.Tests.Catalog;

/// <summary>Every row of Annexure A (NACIN D.O. of 10.09.2025), read from the circular's own text, is in the catalog.</summary>
public sealed class AnnexureATests
{
    private static readonly string[] Competencies = ["Domain", "Functional", "Behavioral"];

    [Fact]
    public void EveryRole_HasTheSixCoursesOfAnnexureA_InOrder_WithTheThreeAssessed()
    {
        var rows = ReadAnnexureA();
        Assert.Equal(13, rows.Count);
        var roles = TestCatalog.Plan2025.Roles.OrderBy(r => r.Number).ToList();
        Assert.Equal(13, roles.Count);
        for (var i = 0; i < 13; i++)
        {
            var (roleName, courses) = rows[i];
            var role = roles[i];
            Assert.Equal(Normalize(roleName), Normalize(role.Name));
            Assert.Equal(6, courses.Count);
            for (var c = 0; c < 6; c++)
            {
                var (competency, mandated, assessed) = courses[c];
                var expected = TestCatalog.Catalog.CourseNames.Match(mandated);
                Assert.True(expected is not null, $"Annexure A course '{mandated}' (role {role.Number}) matches no catalog course");
                Assert.Equal(expected, role.Courses[c].Course);
                Assert.Equal(assessed is not null, role.Courses[c].Assessed);
                if (assessed is not null)
                {
                    Assert.Equal(expected, TestCatalog.Catalog.CourseNames.Match(assessed));
                }

                Assert.Equal(competency.Replace("Behavioral", "Behavioural", StringComparison.Ordinal), role.Courses[c].Course.Competency.ToString());
            }

            Assert.Equal(3, role.AssessedCourses.Count());
        }
    }

    [Fact]
    public void Plan2025_DeadlineAndAssessmentDates_AreThoseOfTheCirculars()
    {
        var plan = TestCatalog.Plan2025;
        Assert.Equal(new DateOnly(2026, 3, 31), plan.Deadline);
        Assert.Equal(new DateOnly(2025, 10, 15), plan.Assessment!.Opens);
        Assert.Equal(new DateOnly(2026, 3, 31), plan.Assessment.Due);
        Assert.True(plan.Assessment.MustPass);
        var viksit = Assert.Single(plan.Requirements);
        Assert.Equal("Improving Outreach and Communication for Viksit Bharat", viksit.Course.Name);
        Assert.Equal("ds-level", viksit.AppliesTo.MinLevel!.Id);
        Assert.Contains(viksit.Citations, c => c.Source.Number == "DoPT OM No. T-28/27/2025-iGOT-Part (3)" && c.Source.Date == new DateOnly(2026, 1, 20));
    }

    /// <summary>Rows of the tab-separated Annexure A table in seeds/002: role, then (competency, course, assessed course).</summary>
    private static List<(string Role, List<(string Competency, string Course, string? Assessed)> Courses)> ReadAnnexureA()
    {
        var lines = File.ReadAllLines(Path.Combine(TestCatalog.SeedsDirectory, "002_5ec302730bef6e4a.txt"));
        var start = Array.FindIndex(lines, l => l.StartsWith("Role\tCompetency", StringComparison.Ordinal));
        var end = Array.FindIndex(lines, l => l.Trim() == "Annexure B");
        var rows = new List<(string, List<(string, string, string?)>)>();
        foreach (var line in lines[(start + 1)..end])
        {
            var cells = line.Split('\t');
            var competencyAt = Array.FindIndex(cells, c => Competencies.Contains(c.Trim()));
            if (competencyAt < 0)
            {
                continue;
            }

            if (cells[0].Trim().Length > 0)
            {
                rows.Add((cells[0].Trim(), []));
            }

            var assessed = cells.Length > competencyAt + 2 && cells[competencyAt + 2].Trim().Length > 0 ? cells[competencyAt + 2].Trim() : null;
            rows[^1].Item2.Add((cells[competencyAt].Trim(), cells[competencyAt + 1].Trim(), assessed));
        }

        return rows;
    }

    private static string Normalize(string text) => KarmayogiBot.Domain.Text.TextNormalizer.Words(text);
}
