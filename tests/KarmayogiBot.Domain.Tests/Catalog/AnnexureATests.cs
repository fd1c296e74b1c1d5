using KarmayogiBot.Domain.Catalog;

namespace KarmayogiBot.Domain.Tests.Catalog;

/// <summary>Every row of Annexure A (NACIN D.O. of 10.09.2025), as the circular writes it (transcribed in Catalog/Circulars/annexure-a-2025-09-10.tsv), is in the catalog.</summary>
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

    /// <summary>The rows of the transcribed Annexure A table: role, then (competency, course, assessed course).</summary>
    private static List<(string Role, List<(string Competency, string Course, string? Assessed)> Courses)> ReadAnnexureA()
    {
        var rows = new List<(string, List<(string, string, string?)>)>();
        foreach (var line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Catalog", "Circulars", "annexure-a-2025-09-10.tsv")).Where(l => !l.StartsWith('#')))
        {
            var cells = line.Split('\t');
            Assert.True(cells.Length == 4 && Competencies.Contains(cells[1]), $"malformed row: {line}");
            if (cells[0].Length > 0)
            {
                rows.Add((cells[0], []));
            }

            rows[^1].Item2.Add((cells[1], cells[2], cells[3].Length > 0 ? cells[3] : null));
        }

        return rows;
    }

    private static string Normalize(string text) => KarmayogiBot.Domain.Text.TextNormalizer.Words(text);
}
